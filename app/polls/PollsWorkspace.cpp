// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/PollsWorkspace.h"

#include "shell/PageStyle.h"
#include "shell/ReadOnly.h"

#include "commands/PollEdits.h"
#include "domain/Tally.h"
#include "models/RowListModel.h"
#include "polls/AnswerListModel.h"
#include "polls/KioskWidget.h"
#include "polls/PhonePanel.h"
#include "polls/PollChart.h"
#include "polls/PollData.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"
#include "vote/VoteServer.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rt {

namespace {
const QList<vote::PollKind>& kinds()
{
    static const QList<vote::PollKind> list {vote::PollKind::Choice,    vote::PollKind::Multi,
                                             vote::PollKind::Ranking,   vote::PollKind::Scale,
                                             vote::PollKind::WordCloud, vote::PollKind::Open};
    return list;
}
} // namespace

PollsWorkspace::PollsWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
    , m_polls(new RowListModel(document, Kind::Poll, {col::Question}, this))
    , m_options(new RowListModel(document, Kind::PollOption, {col::Text}, this))
    , m_answers(new polls::AnswerListModel(document, this))
    , m_resultsTimer(new QTimer(this))
{
    m_options->setFilter({{col::PollId, qint64(-1)}});
    buildUi();
    // Votes arrive in bursts from phones: redraw at most a few times a second (well within one).
    m_resultsTimer->setSingleShot(true);
    m_resultsTimer->setInterval(150);
    connect(m_resultsTimer, &QTimer::timeout, this, &PollsWorkspace::refreshResults);
    const auto attach = [this] {
        Store* store = this->document()->store();
        if (!store)
            return;
        connect(store, &Store::rowsChanged, this, [this](Kind kind) {
            if (kind == Kind::Poll && m_poll > 0
                && !this->document()->store()->row(Kind::Poll, m_poll).isValid())
                selectPoll(m_polls->idAt(0));
            if (kind == Kind::Place)
                loadEditor();
            if (kind == Kind::Vote || kind == Kind::PollOption || kind == Kind::Poll)
                scheduleResults();
            if (kind == Kind::Poll)
                updateProjector();
        });
        connect(store, &Store::rowUpdated, this, [this](Kind kind, qint64 id, const QString& column) {
            if (kind == Kind::Poll && column == col::State)
                updateProjector();
            if (kind == Kind::Poll && id == m_poll)
                loadEditor();
            if ((kind == Kind::Poll && id == m_poll) || kind == Kind::PollOption)
                scheduleResults();
        });
        selectPoll(m_polls->idAt(0));
    };
    connect(document, &Document::opened, this, attach);
    attach();
}

PollsWorkspace::~PollsWorkspace()
{
    if (m_kioskWindow)
        delete m_kioskWindow;
}

QString PollsWorkspace::title() const
{
    return tr("Polls");
}

QStringList PollsWorkspace::viewNames() const
{
    return {tr("poll:N — poll N (from 1): its editor, live results and voting"),
            tr("projector-poll:N — the projector with poll N (from 1) beside the timer"),
            tr("kiosk — pass-the-laptop voting for the open poll (or poll 1)")};
}

bool PollsWorkspace::showView(const QString& view, QString* error)
{
    if (view == QLatin1String("kiosk")) {
        if (m_polls->rowCount() == 0) {
            *error = tr("this session has no polls");
            return false;
        }
        qint64 id = m_polls->idAt(0);
        for (int i = 0; i < m_polls->rowCount(); ++i) {
            if (m_polls->rowAt(i).str(col::State) == QLatin1String("open")) {
                id = m_polls->idAt(i);
                break;
            }
        }
        selectPoll(id);
        delete m_kioskPreview;
        m_kioskPreview = new polls::KioskWidget(document(), id, m_pages);
        connect(m_kioskPreview, &polls::KioskWidget::leaveRequested, this,
                [this] { m_pages->setCurrentIndex(0); });
        m_pages->addWidget(m_kioskPreview);
        m_pages->setCurrentWidget(m_kioskPreview);
        return true;
    }
    if (view.startsWith(QLatin1String("projector-poll:"))) {
        // Picks the poll only; the main window then shows the Agenda page's projector.
        bool ok = false;
        const int n = view.mid(15).toInt(&ok);
        if (!ok || n < 1 || n > m_polls->rowCount()) {
            *error = tr("there is no poll %1; this session has %n poll(s)", nullptr, m_polls->rowCount())
                         .arg(view.mid(15));
            return false;
        }
        showOnProjector(m_polls->idAt(n - 1));
        return true;
    }
    if (!view.startsWith(QLatin1String("poll:")))
        return false;
    bool ok = false;
    const int n = view.mid(5).toInt(&ok);
    if (!ok || n < 1 || n > m_polls->rowCount()) {
        *error = tr("there is no poll %1; this session has %n poll(s)", nullptr, m_polls->rowCount())
                     .arg(view.mid(5));
        return false;
    }
    selectPoll(m_polls->idAt(n - 1));
    m_pages->setCurrentIndex(0);
    refreshResults();
    return true;
}

void PollsWorkspace::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 12); // the page margins (docs/STYLE.md)
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    auto* splitter = new QSplitter(m_pages);
    m_pages->addWidget(splitter);

    // The polls of the session.
    auto* listPane = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    // The panes share the page's margins, with 6 px each side of a splitter handle.
    listLayout->setContentsMargins(0, 0, 6, 0);
    listLayout->setSpacing(8);
    auto* listTitle = new QLabel(tr("&Polls"), listPane);
    style::makePageHeading(listTitle); // the page's heading, over the list it names
    m_pollList = new QListView(listPane);
    m_pollList->setModel(m_polls);
    m_pollList->setDragDropMode(QAbstractItemView::InternalMove);
    m_pollList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pollList->setWordWrap(true);
    m_pollList->setTextElideMode(Qt::ElideNone);
    listTitle->setBuddy(m_pollList);
    m_pollList->setAccessibleName(tr("Polls"));
    auto* addPollButton = new QPushButton(tr("Add poll"), listPane);
    m_removePoll = new QPushButton(tr("Remove poll"), listPane);
    readonly::marksEdit(addPollButton);
    readonly::marksEdit(m_removePoll);
    connect(addPollButton, &QPushButton::clicked, this, &PollsWorkspace::addPoll);
    connect(m_removePoll, &QPushButton::clicked, this, &PollsWorkspace::removePoll);
    auto* listButtons = new QVBoxLayout; // one above the other: a narrow list leaves room for the QR
    listButtons->addWidget(addPollButton);
    listButtons->addWidget(m_removePoll);
    listLayout->addWidget(listTitle);
    listLayout->addWidget(m_pollList, 1);
    listLayout->addLayout(listButtons);
    connect(m_pollList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_loading)
                    selectPoll(m_polls->idAt(current.row()));
            });

    // The editor.
    m_editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(6, 0, 6, 0);
    auto* form = new QFormLayout;
    m_question = new QLineEdit(m_editor);
    m_question->setPlaceholderText(tr("What do you want to ask the room?"));
    m_question->setAccessibleName(tr("Question"));
    connect(m_question, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading)
            edit::setPollQuestion(*document(), m_poll, m_question->text());
    });
    m_kind = new QComboBox(m_editor);
    for (vote::PollKind k : kinds())
        m_kind->addItem(polls::kindLabel(k), vote::pollKindName(k));
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (!m_loading)
            edit::setPollKind(*document(), m_poll,
                              vote::pollKindFromString(m_kind->currentData().toString()));
    });
    m_max = new QSpinBox(m_editor);
    m_max->setRange(0, 99);
    m_max->setSpecialValueText(tr("no limit"));
    m_max->setAccessibleName(tr("Most choices"));
    connect(m_max, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_loading)
            edit::setPollMaxChoices(*document(), m_poll, v);
    });
    m_place = new QComboBox(m_editor);
    connect(m_place, &QComboBox::activated, this, [this] {
        if (!m_loading)
            edit::setPollPlace(*document(), m_poll, m_place->currentData().toLongLong());
    });
    // One rule for every screen the room sees (vote::roomSeesResults): live, or once closed.
    m_reveal = new QComboBox(m_editor);
    m_reveal->addItem(tr("live"), vote::revealName(vote::Reveal::Live));
    m_reveal->addItem(tr("after voting closes"), vote::revealName(vote::Reveal::Closed));
    m_reveal->setAccessibleName(tr("Show results on the projector"));
    m_reveal->setToolTip(tr("After voting closes: the projector and the kiosk show the question and the "
                            "number of votes, and the results only once you close voting."));
    connect(m_reveal, &QComboBox::activated, this, [this] {
        if (!m_loading)
            edit::setPollReveal(*document(), m_poll,
                                vote::revealFromString(m_reveal->currentData().toString()));
    });
    m_place->setAccessibleName(tr("Place"));
    m_place->setToolTip(tr("The place whose section of the summary pack shows this poll"));
    m_role = new QComboBox(m_editor);
    m_role->addItem(tr("A place's priorities"), QStringLiteral("priorities"));
    m_role->addItem(tr("Feedback on the day"), QStringLiteral("feedback"));
    m_role->addItem(tr("Other"), QStringLiteral("other"));
    m_role->setAccessibleName(tr("Role in the pack"));
    m_role->setToolTip(tr("Where the summary pack shows this poll: in its place's section, with the "
                          "feedback at the end, or with the room's other polls"));
    connect(m_role, &QComboBox::activated, this, [this] {
        if (!m_loading)
            edit::setPollRole(*document(), m_poll, m_role->currentData().toString());
    });
    m_state = new QLabel(m_editor);
    m_kind->setAccessibleName(tr("Kind"));
    m_open = new QPushButton(tr("Open voting"), m_editor);
    m_close = new QPushButton(tr("Close voting"), m_editor);
    connect(m_open, &QPushButton::clicked, this, [this] { setState(QStringLiteral("open")); });
    connect(m_close, &QPushButton::clicked, this, [this] { setState(QStringLiteral("closed")); });
    // The voting buttons get a row of their own, so a narrow editor (1366x768) shows them whole.
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_open, 1);
    stateRow->addWidget(m_close, 1);
    // Labels above their fields: the editor is the narrow middle column, and a label beside its
    // field squeezed both ("Show results on the projector:" was cut in half at 1366x768).
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Kind:"), m_kind);
    m_maxLabel = new QLabel(tr("&Most choices:"), m_editor);
    m_maxLabel->setBuddy(m_max);
    form->addRow(m_maxLabel, m_max);
    form->addRow(tr("P&lace:"), m_place);
    auto* revealLabel = new QLabel(tr("Show results on the p&rojector:"), m_editor);
    revealLabel->setBuddy(m_reveal);
    form->addRow(revealLabel, m_reveal);
    form->addRow(tr("&Role in pack:"), m_role);
    form->addRow(tr("State:"), m_state);
    form->addRow(stateRow);
    editorLayout->addLayout(form);

    auto* optionsTitle = new QLabel(tr("&Options:"), m_editor);
    m_optionList = new QListView(m_editor);
    m_optionList->setModel(m_options);
    m_optionList->setDragDropMode(QAbstractItemView::InternalMove);
    optionsTitle->setBuddy(m_optionList);
    m_optionList->setAccessibleName(tr("Options"));
    m_optionsHint = new QLabel(m_editor);
    m_optionsHint->setWordWrap(true);
    // Two by two, so the page fits a 1024-pixel-wide laptop screen with the phones' QR code whole.
    auto* optionButtons = new QGridLayout;
    auto* addOptionButton = new QPushButton(tr("Add option"), m_editor);
    auto* removeOptionButton = new QPushButton(tr("Remove option"), m_editor);
    auto* upButton = new QPushButton(tr("Move up"), m_editor);
    auto* downButton = new QPushButton(tr("Move down"), m_editor);
    for (QWidget* w : {addOptionButton, removeOptionButton, upButton, downButton, m_open, m_close})
        readonly::marksEdit(w);
    connect(addOptionButton, &QPushButton::clicked, this, &PollsWorkspace::addOption);
    connect(removeOptionButton, &QPushButton::clicked, this, &PollsWorkspace::removeOption);
    connect(upButton, &QPushButton::clicked, this, [this] { moveOption(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveOption(1); });
    m_optionWidgets = {m_optionList, addOptionButton, removeOptionButton, upButton, downButton};
    optionButtons->addWidget(addOptionButton, 0, 0);
    optionButtons->addWidget(removeOptionButton, 0, 1);
    optionButtons->addWidget(upButton, 1, 0);
    optionButtons->addWidget(downButton, 1, 1);
    editorLayout->addWidget(optionsTitle);
    editorLayout->addWidget(m_optionList, 1);
    editorLayout->addLayout(optionButtons);
    editorLayout->addWidget(m_optionsHint);

    // Results and the three ways to vote.
    auto* resultsPane = new QWidget(splitter);
    auto* resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(6, 0, 0, 0);
    m_chart = new charts::PollChart(resultsPane);
    resultsLayout->addWidget(m_chart, 1);
    // Moderation of written answers: each can be hidden from the room and the pack, and shown again.
    m_answersBox = new QGroupBox(tr("Answers"), resultsPane);
    auto* answersLayout = new QHBoxLayout(m_answersBox);
    m_answerList = new QListView(m_answersBox);
    m_answerList->setModel(m_answers);
    m_answerList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answerList->setAccessibleName(tr("Answers"));
    m_answerList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_answerList->setUniformItemSizes(true);
    m_hideAction = new QAction(tr("&Hide answer"), m_answerList);
    m_hideAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_hideAction->setShortcutContext(Qt::WidgetShortcut);
    m_answerList->addAction(m_hideAction);
    connect(m_hideAction, &QAction::triggered, this, &PollsWorkspace::toggleSelectedAnswer);
    m_hideAnswer = new QPushButton(tr("Hide answer"), m_answersBox);
    connect(m_hideAnswer, &QPushButton::clicked, this, &PollsWorkspace::toggleSelectedAnswer);
    answersLayout->addWidget(m_answerList, 1);
    answersLayout->addWidget(m_hideAnswer, 0, Qt::AlignTop);
    connect(m_answerList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PollsWorkspace::updateAnswerAction);
    connect(m_answers, &QAbstractItemModel::dataChanged, this, &PollsWorkspace::updateAnswerAction);
    connect(m_answers, &QAbstractItemModel::modelReset, this, &PollsWorkspace::updateAnswerAction);
    resultsLayout->addWidget(m_answersBox, 1);
    auto* voteButtons = new QGridLayout;
    m_hands = new QPushButton(tr("Count hands…"), resultsPane);
    m_hands->setToolTip(tr("Enter how many hands went up for each option after a show of hands."));
    m_kiosk = new QPushButton(tr("Pass the laptop…"), resultsPane);
    m_kiosk->setToolTip(tr("Full-screen voting, one person at a time. %1 leaves it.")
                            .arg(polls::KioskWidget::leaveShortcut()));
    m_clear = new QPushButton(tr("Clear results…"), resultsPane);
    for (QWidget* w : {m_hands, m_kiosk, m_clear})
        readonly::marksEdit(w);
    connect(m_hands, &QPushButton::clicked, this, &PollsWorkspace::countHands);
    connect(m_kiosk, &QPushButton::clicked, this, &PollsWorkspace::openKiosk);
    connect(m_clear, &QPushButton::clicked, this, [this] { clearResults(true); });
    voteButtons->addWidget(m_hands, 0, 0);
    voteButtons->addWidget(m_kiosk, 0, 1);
    voteButtons->addWidget(m_clear, 1, 0, 1, 2);
    resultsLayout->addLayout(voteButtons);
    auto* phones = new QGroupBox(tr("Phones"), resultsPane);
    auto* phonesLayout = new QVBoxLayout(phones);
    m_phones = new polls::PhonePanel(document(), phones);
    connect(m_phones, &polls::PhonePanel::servingChanged, this, &PollsWorkspace::updateProjector);
    phonesLayout->addWidget(m_phones);
    resultsLayout->addWidget(phones);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 5);
    splitter->setSizes({260, 420, 720});
}

void PollsWorkspace::selectPoll(qint64 id)
{
    m_poll = id;
    m_options->setFilter({{col::PollId, id > 0 ? id : qint64(-1)}});
    const int row = m_polls->rowOf(id);
    if (row >= 0 && m_pollList->currentIndex().row() != row) {
        m_loading = true;
        m_pollList->setCurrentIndex(m_polls->index(row, 0));
        m_loading = false;
    }
    m_phones->setPoll(id);
    m_answers->setPoll(id);
    loadEditor();
    refreshResults();
    updateProjector();
}

void PollsWorkspace::showOnProjector(qint64 id)
{
    m_projectorPin = id;
    updateProjector();
}

void PollsWorkspace::updateProjector()
{
    Store* store = document()->store();
    qint64 poll = 0;
    QUrl url;
    if (store && m_projectorPin > 0 && store->row(Kind::Poll, m_projectorPin).isValid()) {
        poll = m_projectorPin;
    } else if (m_phones->isServing()) {
        poll = m_phones->server()->pollId();
        url = m_phones->server()->url();
    } else if (store) {
        const auto isOpen = [store](qint64 id) {
            return store->row(Kind::Poll, id).str(col::State) == QLatin1String("open");
        };
        if (m_poll > 0 && isOpen(m_poll)) {
            poll = m_poll;
        } else {
            for (qint64 id : store->ids(Kind::Poll)) {
                if (isOpen(id)) {
                    poll = id;
                    break;
                }
            }
        }
        // A poll that has just closed stays up with its final results until another opens.
        if (!poll && m_projectorPoll > 0 && store->row(Kind::Poll, m_projectorPoll).isValid())
            poll = m_projectorPoll;
    }
    if (poll == m_projectorPoll && url == m_projectorUrl)
        return;
    m_projectorPoll = poll;
    m_projectorUrl = url;
    emit projectorPollChanged(poll, url);
}

void PollsWorkspace::loadEditor()
{
    Store* store = document()->store();
    const polls::PollInfo poll = store ? polls::loadPoll(store, m_poll) : polls::PollInfo();
    const bool valid = poll.isValid();
    const bool editable = valid && !document()->isReadOnly();
    m_editor->setEnabled(editable);
    m_removePoll->setEnabled(editable);
    m_loading = true;
    const QSignalBlocker b1(m_question), b2(m_kind), b3(m_max), b4(m_place), b5(m_reveal), b6(m_role);
    m_reveal->setCurrentIndex(poll.reveal == vote::Reveal::Closed ? 1 : 0);
    m_question->setText(poll.question);
    m_kind->setCurrentIndex(int(kinds().indexOf(poll.kind)));
    const Row row = valid ? store->row(Kind::Poll, m_poll) : Row();
    m_max->setValue(poll.maxChoices);
    m_max->setVisible(poll.kind == vote::PollKind::Multi);
    m_maxLabel->setVisible(poll.kind == vote::PollKind::Multi);
    m_place->clear();
    m_place->addItem(tr("(no place)"), QVariant());
    if (store) {
        const QList<Row> places = store->rows(Kind::Place);
        for (const Row& p : places)
            m_place->addItem(p.str(col::Name), p.id);
    }
    const qint64 place = row.ref(col::PlaceId);
    m_place->setCurrentIndex(place > 0 ? qMax(0, m_place->findData(place)) : 0);
    const QString role = row.str(col::Role);
    m_role->setCurrentIndex(qMax(0, m_role->findData(role.isEmpty() ? QStringLiteral("other") : role)));
    m_state->setText(polls::stateLabel(poll.state));
    m_open->setEnabled(poll.state != QLatin1String("open"));
    m_open->setText(poll.state == QLatin1String("closed") ? tr("Reopen voting") : tr("Open voting"));
    m_close->setEnabled(poll.state == QLatin1String("open"));
    switch (poll.kind) {
    case vote::PollKind::Scale:
        m_optionsHint->setText(
            tr("A scale's options are the labels of its levels, lowest first (for example "
               "“Strongly disagree” … “Strongly agree”). With none, the scale runs from 1 to 5."));
        break;
    case vote::PollKind::Ranking:
        m_optionsHint->setText(
            tr("Voters put every option in order. Results are points: with n options a first "
               "place earns n−1 points, a second n−2, … a last 0."));
        break;
    case vote::PollKind::WordCloud:
    case vote::PollKind::Open:
        m_optionsHint->setText(tr("Voters type their own answer; options are not used."));
        break;
    default:
        m_optionsHint->setText(QString());
        break;
    }
    const bool usesOptions = poll.kind != vote::PollKind::WordCloud && poll.kind != vote::PollKind::Open;
    for (QWidget* w : m_optionWidgets)
        w->setEnabled(usesOptions);
    m_answersBox->setVisible(valid && !usesOptions);
    updateAnswerAction();
    const bool hands = !vote::handAnswer(poll.kind, 0, 2).isEmpty();
    m_hands->setEnabled(editable && hands);
    m_hands->setToolTip(hands ? tr("Enter how many hands went up for each option after a show of hands.")
                              : tr("A show of hands cannot express a ranking or a written answer."));
    m_kiosk->setEnabled(editable);
    m_clear->setEnabled(editable);
    m_loading = false;
}

void PollsWorkspace::scheduleResults()
{
    if (!m_resultsTimer->isActive())
        m_resultsTimer->start();
}

void PollsWorkspace::refreshResults()
{
    Store* store = document()->store();
    if (!store || m_poll <= 0) {
        m_chart->setData({});
        return;
    }
    const polls::PollInfo poll = polls::loadPoll(store, m_poll);
    m_chart->setData(polls::chartData(poll, polls::countVotes(store, poll)));
    m_clear->setEnabled(!document()->isReadOnly() && store->count(Kind::Vote, {{col::PollId, m_poll}}) > 0);
}

void PollsWorkspace::setState(const QString& state)
{
    if (m_loading)
        return;
    if (state == QLatin1String("open"))
        edit::openVoting(*document(), m_poll);
    else
        edit::closeVoting(*document(), m_poll);
}

void PollsWorkspace::addPoll()
{
    if (const qint64 id = edit::addPoll(*document(), tr("New poll")))
        selectPoll(id);
    m_question->setFocus();
    m_question->selectAll();
}

void PollsWorkspace::removePoll()
{
    Store* store = document()->store();
    if (!store || m_poll <= 0)
        return;
    const int votes = store->count(Kind::Vote, {{col::PollId, m_poll}});
    if (votes > 0
        && QMessageBox::question(
               this, tr("Remove poll"),
               tr("This poll has %n vote(s). Remove it with its votes? You can undo this.", nullptr, votes))
            != QMessageBox::Yes)
        return;
    edit::removePoll(*document(), m_poll);
}

qint64 PollsWorkspace::selectedOption() const
{
    return m_options->idAt(m_optionList->currentIndex().row());
}

void PollsWorkspace::addOption()
{
    if (!document()->store() || m_poll <= 0)
        return;
    const qint64 id
        = edit::addPollOption(*document(), m_poll, tr("Option %1").arg(m_options->rowCount() + 1));
    if (!id)
        return;
    const QModelIndex index = m_options->index(m_options->rowOf(id), 0);
    m_optionList->setCurrentIndex(index);
    m_optionList->edit(index);
}

void PollsWorkspace::removeOption()
{
    const qint64 id = selectedOption();
    if (id > 0)
        edit::removePollOption(*document(), id);
}

void PollsWorkspace::moveOption(int delta)
{
    const int row = m_optionList->currentIndex().row();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_options->rowCount())
        return;
    const qint64 id = m_options->idAt(row);
    edit::movePollOption(*document(), id, to);
    m_optionList->setCurrentIndex(m_options->index(m_options->rowOf(id), 0));
}

bool PollsWorkspace::toggleSelectedAnswer()
{
    const int row = m_answerList->currentIndex().row();
    const qint64 vote = m_answers->voteAt(row);
    if (vote <= 0 || document()->isReadOnly())
        return false;
    const bool done = edit::setAnswerHidden(*document(), vote, !m_answers->isHidden(row));
    updateAnswerAction();
    return done;
}

void PollsWorkspace::updateAnswerAction()
{
    const int row = m_answerList->currentIndex().row();
    const bool hidden = m_answers->isHidden(row);
    const bool can = row >= 0 && !document()->isReadOnly();
    m_hideAction->setText(hidden ? tr("&Show answer") : tr("&Hide answer"));
    m_hideAction->setEnabled(can);
    m_hideAnswer->setText(hidden ? tr("Show answer") : tr("Hide answer"));
    m_hideAnswer->setEnabled(can);
    m_hideAnswer->setToolTip(hidden ? tr("Show this answer on the projector and in the pack again (%1).")
                                          .arg(m_hideAction->shortcut().toString(QKeySequence::NativeText))
                                    : tr("Leave this answer out of the projector and the pack; it stays in "
                                         "the file (%1).")
                                          .arg(m_hideAction->shortcut().toString(QKeySequence::NativeText)));
}

bool PollsWorkspace::addHands(const QList<int>& hands)
{
    return edit::countHands(*document(), m_poll, hands);
}

void PollsWorkspace::countHands()
{
    Store* store = document()->store();
    const polls::PollInfo poll = store ? polls::loadPoll(store, m_poll) : polls::PollInfo();
    if (!poll.isValid())
        return;
    const QStringList labels = poll.kind == vote::PollKind::Scale ? polls::scaleLabels(poll) : poll.options;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Count hands"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(tr("How many hands went up for each option? Each hand is added as one anonymous "
                                "vote; you can undo it."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    QList<QSpinBox*> boxes;
    for (const QString& label : labels) {
        auto* box = new QSpinBox(&dialog);
        box->setRange(0, 999);
        form->addRow(label.isEmpty() ? tr("(empty option)") : label, box);
        boxes << box;
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<int> hands;
    for (QSpinBox* b : boxes)
        hands << b->value();
    addHands(hands);
}

bool PollsWorkspace::clearResults(bool ask)
{
    Store* store = document()->store();
    if (!store || m_poll <= 0)
        return false;
    const int votes = store->count(Kind::Vote, {{col::PollId, m_poll}});
    if (votes == 0)
        return false;
    if (ask
        && QMessageBox::question(this, tr("Clear results"),
                                 tr("Remove all %n vote(s) of this poll? You can undo this.", nullptr, votes))
            != QMessageBox::Yes)
        return false;
    return edit::clearVotes(*document(), m_poll);
}

void PollsWorkspace::openKiosk()
{
    if (m_poll <= 0)
        return;
    if (document()->store()->row(Kind::Poll, m_poll).str(col::State) == QLatin1String("draft"))
        setState(QStringLiteral("open"));
    if (m_kioskWindow)
        delete m_kioskWindow;
    m_kioskWindow = polls::KioskWidget::openFullScreen(document(), m_poll);
}

} // namespace rt
