// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/ReviewMode.h"

#include "models/ActionFollowUp.h"
#include "models/ActionTrackerFilter.h"
#include "models/ActionTrackerModel.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rt {

namespace {
QLabel* wrapped(QWidget* parent, Qt::TextFormat format = Qt::PlainText)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(format);
    l->setTextInteractionFlags(Qt::NoTextInteraction);
    return l;
}
} // namespace

ReviewMode::ReviewMode(Document* document, qint64 placeId, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_placeId(placeId)
    , m_model(new ActionTrackerModel(document, this))
    , m_filter(new ActionTrackerFilter(this))
    , m_where(wrapped(this))
    , m_flags(wrapped(this, Qt::RichText))
    , m_action(wrapped(this))
    , m_details(wrapped(this, Qt::RichText))
    , m_statuses(wrapped(this, Qt::RichText))
    , m_last(wrapped(this, Qt::RichText))
    , m_line(new QLineEdit(this))
    , m_help(wrapped(this))
    , m_message(wrapped(this))
    , m_scroll(new QScrollArea(this))
{
    setWindowTitle(tr("Roundtable — review actions"));
    setAttribute(Qt::WA_QuitOnClose, false);
    m_filter->setSourceModel(m_model);
    m_filter->setPlace(placeId);
    // A projector's scheme, whatever the desktop's: dark text on white.
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::Text, QColor(0x11, 0x11, 0x11));
    setPalette(pal);

    QFont big = m_action->font();
    big.setBold(true);
    m_action->setFont(big);
    m_action->setAccessibleName(tr("Action"));
    m_line->setAccessibleName(tr("Progress line"));
    m_line->setPlaceholderText(document && document->isReadOnly()
                                   ? tr("Read-only: nothing can be recorded here")
                                   : tr("Type a progress line and press Enter (start with a space to begin "
                                        "with a number)"));
    m_line->setReadOnly(document && document->isReadOnly());
    m_line->installEventFilter(this);
    m_help->setText(tr("1–6 status · Enter records the line and moves on · Page Up/Page Down or ↑/↓ "
                       "move · Ctrl+Z undo · F11 full screen · Esc leave"));
    m_message->setAccessibleName(tr("Message"));

    auto* content = new QWidget(m_scroll);
    content->setAutoFillBackground(false);
    auto* c = new QVBoxLayout(content);
    c->addWidget(m_where);
    c->addWidget(m_flags);
    c->addWidget(m_action);
    c->addWidget(m_details);
    c->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    // The action's words scroll if they must; the status, the last update and the line to type
    // are always in view.
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_statuses);
    layout->addWidget(m_last);
    layout->addWidget(m_line);
    layout->addWidget(m_message);
    layout->addWidget(m_help);

    // Undo and redo here too: the window is often the only one in front.
    auto shortcut = [this](const QList<QKeySequence>& keys, auto fn) {
        for (const QKeySequence& k : keys) {
            auto* s = new QShortcut(k, this);
            s->setContext(Qt::WidgetWithChildrenShortcut);
            connect(s, &QShortcut::activated, this, fn);
        }
    };
    shortcut(QKeySequence::keyBindings(QKeySequence::Undo), [this] {
        if (m_document && !m_document->isReadOnly())
            m_document->undoStack()->undo();
    });
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    redo << QKeySequence(Qt::CTRL | Qt::Key_Y);
    shortcut(redo, [this] {
        if (m_document && !m_document->isReadOnly())
            m_document->undoStack()->redo();
    });
    shortcut({QKeySequence(Qt::Key_F11)}, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });

    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewMode::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the action shown, wherever the list moved it.
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            if (m_filter->index(r, 0).data(ActionTrackerModel::IdRole).toLongLong() == m_shownId)
                m_pos = r;
        }
        refresh();
    });
    setFocusProxy(m_line);
    refresh();
}

ReviewMode::~ReviewMode()
{
    m_model->disconnect(this);
}

ReviewMode* ReviewMode::open(Document* document, qint64 placeId, QWidget* parent)
{
    auto* review = new ReviewMode(document, placeId, parent);
    review->setWindowFlag(Qt::Window);
    review->setAttribute(Qt::WA_DeleteOnClose);
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target = nullptr;
    for (QScreen* s : screens) {
        if (s != QGuiApplication::primaryScreen())
            target = s;
    }
    if (target) {
        review->setScreen(target);
        review->setGeometry(target->geometry());
        review->showFullScreen();
    } else {
        review->resize(1024, 700);
        review->showMaximized();
    }
    review->raise();
    review->activateWindow();
    review->m_line->setFocus();
    return review;
}

int ReviewMode::count() const
{
    return m_filter->rowCount();
}

qint64 ReviewMode::currentAction() const
{
    return m_filter->index(m_pos, 0).data(ActionTrackerModel::IdRole).toLongLong();
}

void ReviewMode::showAction(int position)
{
    m_pos = std::clamp(position, 0, std::max(0, count() - 1));
    m_message->clear();
    refresh();
}

bool ReviewMode::setStatus(int statusIndex)
{
    const QStringList keys = followup::statusKeys();
    const qint64 id = currentAction();
    if (!id || statusIndex < 0 || statusIndex >= keys.size())
        return false;
    if (!m_document || m_document->isReadOnly()) {
        say(tr("This session is open read-only: nothing can be recorded."));
        return false;
    }
    const bool ok = followup::setStatusReviewed(*m_document, id, keys[statusIndex]);
    say(ok ? tr("Status: %1 (Ctrl+Z undoes it)").arg(followup::statusLabel(keys[statusIndex]))
           : tr("The status was not recorded."));
    return ok;
}

bool ReviewMode::record(const QString& text)
{
    const qint64 id = currentAction();
    const QString line = text.trimmed();
    if (!id || line.isEmpty())
        return false;
    if (!m_document || m_document->isReadOnly()) {
        say(tr("This session is open read-only: nothing can be recorded."));
        return false;
    }
    const QModelIndex at = m_filter->index(m_pos, 0);
    const QString who = m_filter->index(m_pos, ActionTrackerModel::Owner).data().toString();
    const bool ok = followup::addUpdate(*m_document, id, who, line,
                                        at.data(ActionTrackerModel::StatusKeyRole).toString())
        != 0;
    say(ok ? tr("Update recorded (Ctrl+Z undoes it)") : tr("The update was not recorded."));
    return ok;
}

void ReviewMode::say(const QString& message)
{
    m_message->setText(message);
}

bool ReviewMode::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent*>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

void ReviewMode::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

bool ReviewMode::handleKey(QKeyEvent* event)
{
    // Ctrl+Z on an empty line undoes the last recorded change (with text typed, the typing).
    const bool undo = event->matches(QKeySequence::Undo);
    const bool redo = event->matches(QKeySequence::Redo) || event->keyCombination() == (Qt::CTRL | Qt::Key_Y);
    if ((undo || redo) && m_line->text().isEmpty()) {
        if (m_document && !m_document->isReadOnly())
            undo ? m_document->undoStack()->undo() : m_document->undoStack()->redo();
        return true;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    // Digits set the status while the line is empty (or with Alt, always); once a line is being
    // typed they are part of it.
    if (key >= Qt::Key_1 && key <= Qt::Key_6
        && (mods == Qt::AltModifier || (mods == Qt::NoModifier && m_line->text().isEmpty()))) {
        setStatus(key - Qt::Key_1);
        return true;
    }
    if (mods != Qt::NoModifier)
        return false;
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString text = m_line->text();
        if (!text.trimmed().isEmpty()) {
            if (!record(text))
                return true; // keep what was typed
            m_line->clear();
        }
        if (m_pos + 1 < count())
            showAction(m_pos + 1);
        else
            say(tr("That was the last action of this place."));
        return true;
    }
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        showAction(m_pos + 1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Up:
        showAction(m_pos - 1);
        return true;
    case Qt::Key_Escape:
        leave();
        return true;
    default:
        return false;
    }
}

void ReviewMode::leave()
{
    emit left();
    if (isWindow())
        close();
}

void ReviewMode::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
}

void ReviewMode::resizeEvent(QResizeEvent* event)
{
    // Type sized to the screen: about 24 lines of body text fit the height.
    const int body = std::max(12, std::min(height() / 30, width() / 52));
    QFont f = font();
    f.setPixelSize(body);
    setFont(f);
    QFont big = f;
    big.setPixelSize(body * 3 / 2);
    big.setBold(true);
    m_action->setFont(big);
    QFont small = f;
    small.setPixelSize(std::max(12, body * 3 / 4));
    m_help->setFont(small);
    QWidget::resizeEvent(event);
}

void ReviewMode::refresh()
{
    const int n = count();
    QString place;
    if (m_document && m_document->store() && m_placeId)
        place = m_document->store()->row(Kind::Place, m_placeId).str(col::Name);
    if (n == 0) {
        m_shownId = 0;
        m_where->setText(place.isEmpty() ? tr("No actions to review")
                                         : tr("%1 has no actions to review").arg(place));
        for (QLabel* l : {m_flags, m_details, m_statuses, m_last, m_action})
            l->clear();
        return;
    }
    m_pos = std::clamp(m_pos, 0, n - 1);
    const QModelIndex first = m_filter->index(m_pos, 0);
    m_shownId = first.data(ActionTrackerModel::IdRole).toLongLong();
    const auto cell = [this](int column) { return m_filter->index(m_pos, column).data().toString(); };
    if (place.isEmpty())
        place = cell(ActionTrackerModel::Place);
    m_where->setText(tr("%1 · action %2 of %3").arg(place).arg(m_pos + 1).arg(n));

    QStringList flags;
    if (first.data(ActionTrackerModel::OverdueRole).toBool())
        flags << QStringLiteral("<span style='background:#fde2e1;color:#8a1c1c'>&nbsp;⚠ %1&nbsp;</span>")
                     .arg(tr("Overdue").toHtmlEscaped());
    if (first.data(ActionTrackerModel::UnreviewedRole).toBool())
        flags << QStringLiteral("<span style='background:#fff1c2;color:#5c4300'>&nbsp;● %1&nbsp;</span>")
                     .arg(tr("Not reviewed since the event").toHtmlEscaped());
    m_flags->setText(flags.join(QStringLiteral(" ")));
    m_flags->setVisible(!flags.isEmpty());

    m_action->setText(cell(ActionTrackerModel::Action));
    const QDate due = first.data(ActionTrackerModel::DueDateRole).toDate();
    const QString byWhen = cell(ActionTrackerModel::ByWhen);
    QString dueText = due.isValid() ? QLocale().toString(due, QLocale::LongFormat) : tr("no date");
    if (!byWhen.isEmpty())
        dueText = tr("%1 (“%2”)").arg(dueText, byWhen);
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString details = line(tr("Owner:"), cell(ActionTrackerModel::Owner));
    details += line(tr("Due:"), dueText);
    const QString cohort = cell(ActionTrackerModel::Cohort);
    if (!cohort.isEmpty())
        details += line(tr("Cohort:"), cohort);
    details += line(tr("Measure of success:"), first.data(ActionTrackerModel::MeasureRole).toString());
    m_details->setText(details);

    // The six statuses, the current one marked by a tick and a box as well as colour.
    const QString current = first.data(ActionTrackerModel::StatusKeyRole).toString();
    const QStringList keys = followup::statusKeys();
    QString chips = QStringLiteral("<p><b>%1</b> ").arg(tr("Status:").toHtmlEscaped());
    for (int i = 0; i < keys.size(); ++i) {
        const QString label
            = QStringLiteral("%1 %2").arg(i + 1).arg(followup::statusLabel(keys[i]).toHtmlEscaped());
        chips += keys[i] == current
            ? QStringLiteral("<span style='background:#1f4e79;color:#ffffff'>&nbsp;✓ %1&nbsp;</span> ")
                  .arg(label)
            : QStringLiteral("<span style='color:#444444'>&nbsp;%1&nbsp;</span> ").arg(label);
    }
    m_statuses->setText(chips + QStringLiteral("</p>"));
    m_statuses->setAccessibleName(tr("Status: %1").arg(followup::statusLabel(current)));

    const followup::Update last = m_model->latestUpdate(m_model->rowOf(m_shownId));
    m_last->setText(QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Last update:").toHtmlEscaped(),
                             last.text.isEmpty() ? tr("none yet").toHtmlEscaped()
                                                 : cell(ActionTrackerModel::LatestUpdate).toHtmlEscaped()));
}

} // namespace rt
