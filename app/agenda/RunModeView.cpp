// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/RunModeView.h"

#include "agenda/CountdownWidget.h"
#include "agenda/RunController.h"
#include "models/AgendaModel.h"
#include "store/Columns.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rt {

namespace {
const char* const kStyle = R"(
QWidget#runMode { background: #11161d; }
QLabel { color: #f4f6f8; }
QLabel#when, QLabel#position, QLabel#clock, QLabel#caption { color: #9aa6b2; font-size: 15px; font-weight: 600; letter-spacing: 1px; }
QLabel#title { font-size: 36px; font-weight: 700; }
QLabel#status { color: #9aa6b2; font-size: 17px; }
QLabel#nextTitle { font-size: 22px; font-weight: 600; }
QLabel#nextTitle[compact="true"] { font-size: 17px; }
QLabel#nextWhen { color: #c6ced6; font-size: 16px; }
QFrame#nextPanel, QTextBrowser { background: #1b222c; border: 1px solid #2a3440; border-radius: 10px; }
QTextBrowser { color: #e8ecf0; font-size: 16px; padding: 10px; }
QPushButton { background: #26303c; color: #f4f6f8; border: 1px solid #3a4654; border-radius: 8px;
              padding: 10px 14px; font-size: 15px; font-weight: 600; }
QPushButton:hover { background: #303c4a; }
QPushButton:checked { background: #2f6f64; border-color: #4fc3b0; }
QPushButton:disabled { color: #66717d; background: #1b222c; }
QPushButton#primary { background: #2f6f64; border-color: #4fc3b0; }
QPushButton#small { padding: 4px 10px; font-size: 13px; font-weight: 500; }
)";

/** kStyle with its font sizes in points, scaled to the system font: the pixel sizes are the look
 *  at a 10 pt font, and grow with a larger one (never shrink), so a large-font user can read it. */
QString scaledStyle(const QFont& base)
{
    const double scale = std::max(1.0, base.pointSizeF() / 10.0);
    static const QRegularExpression px(QStringLiteral("font-size: (\\d+)px"));
    QString sheet = QString::fromLatin1(kStyle);
    QString out;
    qsizetype from = 0;
    for (auto it = px.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(sheet).mid(from, m.capturedStart() - from);
        out += QStringLiteral("font-size: %1pt").arg(m.captured(1).toDouble() * 0.75 * scale, 0, 'f', 1);
        from = m.capturedEnd();
    }
    out += QStringView(sheet).mid(from);
    return out;
}
} // namespace

RunModeView::RunModeView(RunController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("runMode"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    // Focusable, so named: a screen reader says what the keys act on here.
    setAccessibleName(tr("Run mode"));
    setAccessibleDescription(tr("Space pause, N next, P previous, E add 5 minutes, C follow the clock, "
                                "Enter go to the item's page, O open its poll, M sound"));
    setStyleSheet(scaledStyle(font()));

    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(28, 20, 28, 20);
    root->setSpacing(12);

    auto* header = new QHBoxLayout;
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("when"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("clock"));
    header->addWidget(m_when);
    header->addStretch(1);
    header->addWidget(m_position);
    header->addSpacing(24);
    header->addWidget(m_clock);
    root->addLayout(header);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    root->addWidget(m_title);

    auto* middle = new QHBoxLayout;
    middle->setSpacing(18);
    auto* timerColumn = new QVBoxLayout;
    m_countdown = new CountdownWidget(this);
    m_countdown->setMinimumHeight(200);
    timerColumn->addWidget(m_countdown, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAlignment(Qt::AlignCenter);
    timerColumn->addWidget(m_status);
    middle->addLayout(timerColumn, 3);

    auto* next = new QFrame(this);
    next->setObjectName(QStringLiteral("nextPanel"));
    auto* nextLayout = new QVBoxLayout(next);
    nextLayout->setContentsMargins(18, 16, 18, 16);
    auto* nextCaption = new QLabel(tr("NEXT"), next);
    nextCaption->setObjectName(QStringLiteral("caption"));
    m_nextTitle = new QLabel(next);
    m_nextTitle->setObjectName(QStringLiteral("nextTitle"));
    m_nextTitle->setWordWrap(true);
    m_nextWhen = new QLabel(next);
    m_nextWhen->setObjectName(QStringLiteral("nextWhen"));
    m_nextWhen->setWordWrap(true);
    nextLayout->addWidget(nextCaption);
    nextLayout->addWidget(m_nextTitle);
    nextLayout->addWidget(m_nextWhen);
    nextLayout->addSpacing(14);
    auto* laterCaption = new QLabel(tr("LATER"), next);
    laterCaption->setObjectName(QStringLiteral("caption"));
    m_later = new QLabel(next);
    m_later->setObjectName(QStringLiteral("nextWhen"));
    m_later->setWordWrap(true);
    m_later->setTextFormat(Qt::RichText);
    m_later->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    nextLayout->addWidget(laterCaption);
    nextLayout->addWidget(m_later);
    nextLayout->addStretch(1);
    m_laterCaption = laterCaption;
    next->setMinimumWidth(260);
    m_nextPanel = next;
    next->installEventFilter(this);
    middle->addWidget(next, 1);
    root->addLayout(middle, 5);

    // Settings of the run sit beside the guidance caption; the day's moves sit at the bottom.
    auto* guidanceRow = new QHBoxLayout;
    auto* guidanceCaption = new QLabel(tr("GUIDANCE FOR THIS ACTIVITY"), this);
    guidanceCaption->setObjectName(QStringLiteral("caption"));
    guidanceRow->addWidget(guidanceCaption);
    guidanceRow->addStretch(1);
    root->addLayout(guidanceRow);
    m_guidance = new QTextBrowser(this);
    m_guidance->setFocusPolicy(Qt::NoFocus);
    m_guidance->setOpenExternalLinks(false);
    root->addWidget(m_guidance, 4);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    QPushButton* backButton = makeButton(tr("◀ Back"), tr("P"));
    m_pause = makeButton(tr("Pause"), tr("Space"));
    QPushButton* extendButton = makeButton(tr("+5 min"), tr("E"));
    QPushButton* nextButton = makeButton(tr("Next ▶"), tr("N"));
    nextButton->setObjectName(QStringLiteral("primary"));
    m_workspace = makeButton(tr("Workspace"), tr("Enter"));
    m_workspace->setToolTip(
        tr("Go to the page this item is captured on (the window never switches by itself)"));
    m_poll = makeButton(tr("Poll"), tr("O"));
    m_poll->setToolTip(tr("Open the poll attached to this item"));
    m_follow = makeButton(tr("Follow the clock"), tr("C"));
    m_follow->setObjectName(QStringLiteral("small"));
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Make the item the clock says current, ending at its scheduled time"));
    m_mute = makeButton(tr("Sound"), tr("M"));
    m_mute->setObjectName(QStringLiteral("small"));
    m_mute->setCheckable(true);
    m_mute->setToolTip(tr("A beep when an item's time runs out (kept until the app closes)"));
    QPushButton* projector = makeButton(tr("Projector…"), QString());
    projector->setObjectName(QStringLiteral("small"));
    projector->setToolTip(tr("Show the projector window"));
    for (QPushButton* b : {m_follow, m_mute, projector})
        guidanceRow->addWidget(b);
    for (QPushButton* b : {backButton, m_pause, extendButton, nextButton})
        controls->addWidget(b);
    controls->addStretch(1);
    for (QPushButton* b : {m_workspace, m_poll})
        controls->addWidget(b);
    root->addLayout(controls);

    connect(backButton, &QPushButton::clicked, controller, &RunController::back);
    connect(m_pause, &QPushButton::clicked, controller, &RunController::togglePause);
    connect(extendButton, &QPushButton::clicked, controller, &RunController::extend);
    connect(nextButton, &QPushButton::clicked, controller, &RunController::next);
    connect(m_workspace, &QPushButton::clicked, controller, &RunController::openWorkspace);
    connect(m_poll, &QPushButton::clicked, controller, &RunController::openPoll);
    connect(m_follow, &QPushButton::clicked, controller, &RunController::followClock);
    connect(m_mute, &QPushButton::clicked, this, [this] {
        RunController::setMuted(!RunController::isMuted());
        refresh();
    });
    connect(projector, &QPushButton::clicked, this, &RunModeView::projectorRequested);

    connect(controller, &RunController::currentChanged, this, &RunModeView::refresh);
    connect(controller, &RunController::stateChanged, this, &RunModeView::refresh);
    connect(controller, &RunController::ticked, this, &RunModeView::refreshTimer);
    connect(controller, &RunController::endReached, m_countdown, &CountdownWidget::flash);
    connect(controller, &RunController::currentChanged, m_countdown, &CountdownWidget::stopFlash);
    refresh();
}

QPushButton* RunModeView::makeButton(const QString& text, const QString& key)
{
    auto* b = new QPushButton(key.isEmpty() ? text : tr("%1  [%2]").arg(text, key), this);
    // Keys go to the run view itself, never to a focused button (Space would click it).
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

QString RunModeView::titleText() const
{
    return m_title->text();
}

bool RunModeView::handleKey(RunController* c, QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Space:
        c->togglePause();
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_E:
        c->extend();
        return true;
    case Qt::Key_N:
    case Qt::Key_Right:
    case Qt::Key_PageDown: // presentation clickers send PageDown / PageUp
        c->next();
        return true;
    case Qt::Key_P:
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        c->back();
        return true;
    case Qt::Key_C:
        c->followClock();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        c->openWorkspace();
        return true;
    case Qt::Key_O:
        c->openPoll();
        return true;
    case Qt::Key_M:
        RunController::setMuted(!RunController::isMuted());
        emit c->stateChanged();
        return true;
    default:
        return false;
    }
}

void RunModeView::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(m_controller, event))
        QWidget::keyPressEvent(event);
}

void RunModeView::refresh()
{
    const Row item = m_controller->currentItem();
    const int n = int(m_controller->items().size());
    if (!item.isValid()) {
        m_when->setText(tr("RUN MODE"));
        m_position->clear();
        m_title->setText(n == 0 ? tr("The agenda is empty: add items on the Agenda page.")
                                : tr("Not started"));
        m_nextTitle->clear();
        m_nextWhen->clear();
        m_later->clear();
        m_laterCaption->hide();
        m_guidance->clear();
        m_poll->setEnabled(false);
        m_workspace->setEnabled(false);
        refreshTimer();
        return;
    }
    const QString kind = item.str(col::Kind);
    m_when->setText(
        tr("NOW  ·  %1  ·  %2").arg(RunController::timesOf(item), AgendaModel::kindLabel(kind).toUpper()));
    m_position->setText(tr("ITEM %1 OF %2").arg(m_controller->current() + 1).arg(n));
    m_title->setText(item.str(col::Title));

    const Row next = m_controller->nextItem();
    if (next.isValid()) {
        m_nextTitle->setText(next.str(col::Title));
        m_nextWhen->setText(
            tr("%1  ·  %2").arg(RunController::timesOf(next), AgendaModel::kindLabel(next.str(col::Kind))));
    } else {
        m_nextTitle->setText(tr("End of the day"));
        m_nextWhen->clear();
    }
    // The next few items as a two-column table, so long titles wrap under themselves.
    m_laterItems.clear();
    const QList<Row>& items = m_controller->items();
    for (int i = m_controller->current() + 2, shown = 0; i < items.size() && shown < 3; ++i, ++shown)
        m_laterItems.append({items[i].str(col::Start), items[i].str(col::Title)});
    fitNextPanel();

    QString html;
    if (kind == QLatin1String("tables")) {
        const QStringList prompts = m_controller->prompts();
        if (!prompts.isEmpty()) {
            html += QStringLiteral("<p style='color:#9aa6b2;font-weight:600'>%1</p><ol>")
                        .arg(tr("Each table answers:"));
            for (const QString& q : prompts)
                html += QStringLiteral("<li style='font-size:20px;font-weight:600;margin-bottom:4px'>%1</li>")
                            .arg(q.toHtmlEscaped());
            html += QStringLiteral("</ol>");
        }
    }
    const QStringList lines = m_controller->guidanceFor(item).split(QLatin1Char('\n'));
    bool inList = false;
    for (const QString& line : lines) {
        const bool bullet = line.startsWith(QStringLiteral("• ")) || line.startsWith(QStringLiteral("- "));
        if (bullet && !inList)
            html += QStringLiteral("<ul>");
        if (!bullet && inList)
            html += QStringLiteral("</ul>");
        inList = bullet;
        if (bullet)
            html += QStringLiteral("<li style='margin-bottom:3px'>%1</li>").arg(line.mid(2).toHtmlEscaped());
        else if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    if (inList)
        html += QStringLiteral("</ul>");
    m_guidance->setHtml(html);

    const bool hasPoll = item.ref(col::PollId) > 0;
    m_poll->setEnabled(hasPoll);
    const QString ws = RunController::workspaceFor(item);
    m_workspace->setEnabled(!ws.isEmpty());
    if (ws == QLatin1String("places"))
        m_workspace->setText(tr("Go to Places  [Enter]"));
    else if (ws == QLatin1String("tables"))
        m_workspace->setText(tr("Go to Tables  [Enter]"));
    else
        m_workspace->setText(tr("Workspace  [Enter]"));
    refreshTimer();
}

void RunModeView::fitNextPanel()
{
    if (m_fitting)
        return;
    m_fitting = true;
    const auto show = [this](qsizetype rows, bool compact) {
        QString later;
        for (qsizetype i = 0; i < rows && i < m_laterItems.size(); ++i)
            later += QStringLiteral("<tr><td style='padding-right:10px'>%1</td><td>%2</td></tr>")
                         .arg(m_laterItems[i].first.toHtmlEscaped(), m_laterItems[i].second.toHtmlEscaped());
        m_later->setText(later.isEmpty() ? QString() : QStringLiteral("<table>%1</table>").arg(later));
        m_later->setVisible(!later.isEmpty());
        m_laterCaption->setVisible(!later.isEmpty());
        if (m_nextTitle->property("compact").toBool() != compact) {
            m_nextTitle->setProperty("compact", compact);
            m_nextTitle->style()->unpolish(m_nextTitle);
            m_nextTitle->style()->polish(m_nextTitle);
        }
    };
    bool done = false;
    for (bool compact : {false, true}) {
        for (qsizetype rows = m_laterItems.size(); rows >= 0 && !done; --rows) {
            show(rows, compact);
            done = nextPanelFits();
        }
        if (done)
            break;
    }
    if (!done)
        show(0, true); // the title alone, as small as it goes: the panel grows with the window
    m_fitting = false;
}

bool RunModeView::nextPanelFits() const
{
    const int w = m_nextPanel->width();
    return w <= 0 || m_nextPanel->layout()->totalHeightForWidth(w) <= m_nextPanel->height();
}

bool RunModeView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_nextPanel && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitNextPanel();
    return QWidget::eventFilter(watched, event);
}

void RunModeView::refreshTimer()
{
    const AgendaTimer& t = m_controller->timer();
    const double fraction = t.totalMs() > 0 ? double(t.remainingMs()) / double(t.totalMs()) : 0.0;
    m_countdown->setState(t.text(), t.phase(), fraction, t.isPaused());
    m_clock->setText(t.now().time().toString(QStringLiteral("HH:mm")));
    m_pause->setText(t.isPaused() ? tr("Resume  [Space]") : tr("Pause  [Space]"));
    m_follow->setChecked(t.isFollowingClock());
    m_mute->setChecked(!RunController::isMuted());
    m_mute->setText(RunController::isMuted() ? tr("Sound off  [M]") : tr("Sound on  [M]"));
    QString status;
    if (t.isPaused())
        status = tr("Paused — press Space to resume");
    else if (t.phase() == AgendaTimer::Phase::Overrun)
        status = tr("Over time · N moves on, E adds 5 minutes");
    else if (t.phase() == AgendaTimer::Phase::Untimed)
        status = tr("No end time, so no countdown: E gives it 5 minutes");
    else if (t.isFollowingClock())
        status = tr("Following the clock · ends at %1")
                     .arg(t.deadline().time().toString(QStringLiteral("HH:mm")));
    else
        status = tr("Ends at %1").arg(t.deadline().time().toString(QStringLiteral("HH:mm")));
    m_status->setText(status);
}

} // namespace rt
