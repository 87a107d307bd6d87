// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/KioskWidget.h"

#include "commands/PollEdits.h"
#include "polls/PollChart.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rt::polls {

namespace {
enum Page { Voting, Thanks, Waiting, Results };

QLabel* bigLabel(const QString& text, qreal scale, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(scale > 1.2);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}
} // namespace

KioskWidget::KioskWidget(Document* document, qint64 pollId, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
{
    m_poll.id = pollId;
    setAutoFillBackground(true);
    QFont f = font();
    f.setPointSizeF(qMax(f.pointSizeF(), 9.0) * 1.6);
    setFont(f);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 16);
    outer->addWidget(m_pages, 1);
    auto* footer = new QLabel(tr("Facilitator: %1 leaves the kiosk.").arg(leaveShortcut()), this);
    QFont small = footer->font();
    small.setPointSizeF(small.pointSizeF() * 0.55);
    footer->setFont(small);
    footer->setAlignment(Qt::AlignRight);
    footer->setEnabled(false);
    outer->addWidget(footer);

    // Voting page.
    auto* voting = new QWidget(m_pages);
    auto* v = new QVBoxLayout(voting);
    m_question = bigLabel({}, 1.5, voting);
    m_hint = bigLabel({}, 0.8, voting);
    m_answers = new QWidget(voting);
    m_answersLayout = new QVBoxLayout(m_answers);
    m_answersLayout->setContentsMargins(0, 12, 0, 12);
    m_error = bigLabel({}, 0.8, voting);
    // Red that reads on the window in a light and a dark palette (5:1 or more either way).
    m_error->setStyleSheet(palette().color(QPalette::Window).lightness() < 128
                               ? QStringLiteral("color: #ff8a80;")
                               : QStringLiteral("color: #a4262c;"));
    m_cast = new QPushButton(tr("Cast my vote"), voting);
    m_cast->setMinimumHeight(72);
    m_cast->setDefault(true);
    connect(m_cast, &QPushButton::clicked, this, &KioskWidget::cast);
    v->addWidget(m_question);
    v->addWidget(m_hint);
    v->addWidget(m_answers, 1);
    v->addWidget(m_error);
    v->addWidget(m_cast);
    m_pages->addWidget(voting);

    // Thanks page: the vote is stored; the next person starts with an empty form.
    auto* thanks = new QWidget(m_pages);
    auto* t = new QVBoxLayout(thanks);
    t->addStretch();
    auto* done = bigLabel(tr("Thank you — your vote is recorded."), 1.6, thanks);
    done->setAlignment(Qt::AlignCenter);
    auto* pass = bigLabel(tr("Please pass the laptop to the next person."), 1.0, thanks);
    pass->setAlignment(Qt::AlignCenter);
    auto* next = new QPushButton(tr("Next voter"), thanks);
    next->setMinimumHeight(72);
    connect(next, &QPushButton::clicked, this, &KioskWidget::nextVoter);
    // A poll revealed live shows the results so far to whoever has just voted (never before they
    // vote); one revealed when voting closes keeps them for the Results page (roomSeesResults).
    m_liveResults = new charts::PollChart(thanks);
    m_liveResults->setObjectName(QStringLiteral("liveResults"));
    m_liveResults->setMinimumHeight(160);
    t->addWidget(done);
    t->addWidget(pass);
    t->addSpacing(24);
    t->addWidget(next);
    t->addWidget(m_liveResults, 3);
    t->addStretch();
    m_pages->addWidget(thanks);

    // Waiting page (draft poll).
    m_waiting = bigLabel(tr("Voting has not started yet."), 1.4, m_pages);
    m_waiting->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_waiting);

    // Results page: shown only once the poll is closed.
    auto* results = new QWidget(m_pages);
    auto* r = new QVBoxLayout(results);
    m_closedTitle = bigLabel(tr("Voting has closed. The results:"), 1.0, results);
    m_results = new charts::PollChart(results);
    r->addWidget(m_closedTitle);
    r->addWidget(m_results, 1);
    m_pages->addWidget(results);

    auto* leave = new QShortcut(QKeySequence(leaveShortcut()), this);
    leave->setContext(Qt::WindowShortcut);
    connect(leave, &QShortcut::activated, this, [this] {
        m_leaving = true;
        emit leaveRequested();
        if (isWindow())
            close();
    });

    connect(document, &Document::aboutToClose, this, [this] {
        m_leaving = true;
        if (isWindow())
            close();
    });
    if (Store* store = document->store()) {
        connect(store, &Store::rowUpdated, this, [this](Kind kind, qint64 id, const QString&) {
            if ((kind == Kind::Poll && id == m_poll.id) || kind == Kind::PollOption)
                reload();
        });
        connect(store, &Store::rowsChanged, this, [this](Kind kind) {
            if (kind == Kind::PollOption || kind == Kind::Poll
                || (kind == Kind::Vote && m_poll.state == QLatin1String("closed")))
                reload();
        });
    }
    reload();
}

KioskWidget* KioskWidget::openFullScreen(Document* document, qint64 pollId)
{
    auto* kiosk = new KioskWidget(document, pollId);
    kiosk->setAttribute(Qt::WA_DeleteOnClose);
    kiosk->setWindowTitle(tr("Roundtable — voting"));
    kiosk->showFullScreen();
    kiosk->activateWindow();
    return kiosk;
}

void KioskWidget::closeEvent(QCloseEvent* event)
{
    // A voter must not leave the kiosk; the facilitator's shortcut sets m_leaving first.
    if (isWindow() && !m_leaving)
        event->ignore();
    else
        event->accept();
}

void KioskWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape)
        return; // swallowed: Escape must not leave full screen
    QWidget::keyPressEvent(event);
}

void KioskWidget::reload()
{
    if (!m_document || !m_document->store())
        return;
    const PollInfo fresh = loadPoll(m_document->store(), m_poll.id);
    const bool reshape = fresh.kind != m_poll.kind || fresh.options != m_poll.options
        || fresh.maxChoices != m_poll.maxChoices || (!m_group && !m_ranking && !m_word && !m_text);
    m_poll = fresh;
    if (reshape)
        rebuildAnswers();
    showState();
}

void KioskWidget::showState()
{
    m_question->setText(m_poll.question);
    if (!m_poll.isValid()) {
        m_waiting->setText(tr("There is no poll to vote on."));
        m_pages->setCurrentIndex(Waiting);
    } else if (m_poll.state == QLatin1String("closed")) {
        m_results->setData(chartData(m_poll, countVotes(m_document->store(), m_poll)));
        m_pages->setCurrentIndex(Results);
    } else if (m_poll.state != QLatin1String("open")) {
        m_waiting->setText(tr("Voting has not started yet."));
        m_pages->setCurrentIndex(Waiting);
    } else if (m_pages->currentIndex() != Thanks) {
        m_pages->setCurrentIndex(Voting);
    }
}

void KioskWidget::rebuildAnswers()
{
    while (QLayoutItem* item = m_answersLayout->takeAt(0)) {
        delete item->widget();
        delete item->layout();
        delete item;
    }
    delete m_group;
    m_group = nullptr;
    m_ranking = nullptr;
    m_word = nullptr;
    m_text = nullptr;
    m_error->clear();
    const auto tall = [](QAbstractButton* b) {
        b->setMinimumHeight(56);
        b->setStyleSheet(
            QStringLiteral("QRadioButton::indicator, QCheckBox::indicator { width: 28px; height: 28px; }"));
    };
    switch (m_poll.kind) {
    case vote::PollKind::Choice:
    case vote::PollKind::Multi: {
        const bool multi = m_poll.kind == vote::PollKind::Multi;
        m_hint->setText(multi ? (m_poll.maxChoices > 0 ? tr("Choose up to %1 answers.").arg(m_poll.maxChoices)
                                                       : tr("Choose one or more answers."))
                              : tr("Choose one answer."));
        m_group = new QButtonGroup(this);
        m_group->setExclusive(!multi);
        for (int i = 0; i < m_poll.options.size(); ++i) {
            QAbstractButton* b = multi
                ? static_cast<QAbstractButton*>(new QCheckBox(m_poll.options.at(i), m_answers))
                : new QRadioButton(m_poll.options.at(i), m_answers);
            tall(b);
            m_group->addButton(b, i);
            m_answersLayout->addWidget(b);
        }
        if (multi)
            connect(m_group, &QButtonGroup::idToggled, this, &KioskWidget::limitChoices);
        break;
    }
    case vote::PollKind::Scale: {
        m_hint->setText(tr("Choose a point on the scale."));
        m_group = new QButtonGroup(this);
        auto* row = new QHBoxLayout;
        const int levels = vote::scaleLevels(int(m_poll.options.size()));
        for (int i = 0; i < levels; ++i) {
            // The number above its label, so long labels stay within a narrow button.
            const QString label = m_poll.options.size() >= 2 ? m_poll.options.at(i) : QString();
            auto* b = new QPushButton(label.isEmpty() ? QString::number(i + 1)
                                                      : QStringLiteral("%1\n%2").arg(i + 1).arg(label),
                                      m_answers);
            b->setCheckable(true);
            b->setMinimumHeight(96);
            m_group->addButton(b, i);
            row->addWidget(b);
        }
        m_answersLayout->addLayout(row);
        break;
    }
    case vote::PollKind::Ranking: {
        m_hint->setText(tr("Put the options in order, most important first: select one and move it."));
        auto* row = new QHBoxLayout;
        m_ranking = new QListWidget(m_answers);
        m_ranking->addItems(m_poll.options);
        m_ranking->setSpacing(6); // room to tap one row
        for (int i = 0; i < m_ranking->count(); ++i)
            m_ranking->item(i)->setData(Qt::UserRole, i);
        m_ranking->setCurrentRow(0);
        auto* buttons = new QVBoxLayout;
        auto* up = new QPushButton(tr("Move up"), m_answers);
        auto* down = new QPushButton(tr("Move down"), m_answers);
        up->setMinimumHeight(72);
        down->setMinimumHeight(72);
        connect(up, &QPushButton::clicked, this, [this] { moveRanked(-1); });
        connect(down, &QPushButton::clicked, this, [this] { moveRanked(1); });
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addStretch();
        row->addWidget(m_ranking, 1);
        row->addLayout(buttons);
        m_answersLayout->addLayout(row);
        break;
    }
    case vote::PollKind::WordCloud:
        m_hint->setText(tr("A word or a short phrase."));
        m_word = new QLineEdit(m_answers);
        m_word->setMaxLength(100);
        m_word->setMinimumHeight(64);
        m_answersLayout->addWidget(m_word);
        break;
    case vote::PollKind::Open:
    case vote::PollKind::Unknown:
        m_hint->setText(tr("Your answer."));
        m_text = new QPlainTextEdit(m_answers);
        m_answersLayout->addWidget(m_text);
        break;
    }
    m_answersLayout->addStretch();
}

void KioskWidget::limitChoices()
{
    if (!m_group || m_poll.maxChoices <= 0)
        return;
    int checked = 0;
    for (QAbstractButton* b : m_group->buttons())
        checked += b->isChecked() ? 1 : 0;
    for (QAbstractButton* b : m_group->buttons())
        b->setEnabled(b->isChecked() || checked < m_poll.maxChoices);
}

void KioskWidget::moveRanked(int delta)
{
    const int row = m_ranking->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_ranking->count())
        return;
    QListWidgetItem* item = m_ranking->takeItem(row);
    m_ranking->insertItem(to, item);
    m_ranking->setCurrentRow(to);
}

QByteArray KioskWidget::ballot() const
{
    QJsonObject o;
    switch (m_poll.kind) {
    case vote::PollKind::Choice:
    case vote::PollKind::Multi: {
        QJsonArray choices;
        for (QAbstractButton* b : m_group->buttons()) {
            if (b->isChecked())
                choices.append(m_group->id(b));
        }
        o.insert(QStringLiteral("choices"), choices);
        break;
    }
    case vote::PollKind::Scale:
        if (m_group->checkedId() < 0)
            return {};
        o.insert(QStringLiteral("scale"), m_group->checkedId() + 1);
        break;
    case vote::PollKind::Ranking: {
        QJsonArray order;
        for (int i = 0; i < m_ranking->count(); ++i)
            order.append(m_ranking->item(i)->data(Qt::UserRole).toInt());
        o.insert(QStringLiteral("ranking"), order);
        break;
    }
    case vote::PollKind::WordCloud:
        o.insert(QStringLiteral("text"), m_word->text());
        break;
    case vote::PollKind::Open:
    case vote::PollKind::Unknown:
        o.insert(QStringLiteral("text"), m_text->toPlainText());
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void KioskWidget::cast()
{
    if (!m_document || !m_document->store())
        return;
    reload();
    if (m_poll.state != QLatin1String("open"))
        return;
    const vote::BallotCheck check
        = vote::checkBallot(m_poll.kind, int(m_poll.options.size()), m_poll.maxChoices, ballot());
    if (!check.ok()) {
        m_error->setText(tr("Please answer before casting your vote."));
        return;
    }
    // Each voter at the kiosk is a new device; the vote is one undo step, as counted hands are.
    QString refused;
    const QMetaObject::Connection heard
        = connect(m_document, &Document::refused, this, [&refused](const QString& why) { refused = why; });
    const bool cast = edit::castKioskVote(*m_document, m_poll.id, edit::newKioskDevice(), check.json);
    disconnect(heard);
    if (!cast) {
        m_error->setText(tr("The vote could not be saved: %1")
                             .arg(refused.isEmpty() ? m_document->store()->lastError() : refused));
        return;
    }
    m_error->clear();
    const bool live = roomSeesResults(m_poll);
    if (live)
        m_liveResults->setData(chartData(m_poll, countVotes(m_document->store(), m_poll)));
    m_liveResults->setVisible(live);
    m_pages->setCurrentIndex(Thanks);
}

void KioskWidget::nextVoter()
{
    rebuildAnswers();
    m_pages->setCurrentIndex(Voting);
    showState();
}

} // namespace rt::polls
