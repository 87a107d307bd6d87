// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

#include <QPointer>
#include <QUrl>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace rt {
class RowListModel;
namespace charts {
class PollChart;
}
namespace polls {
class AnswerListModel;
class KioskWidget;
class PhonePanel;
} // namespace polls

/**
 * The Polls workspace: the session's polls, an editor for the selected one (question, kind,
 * options, limits, state, place — every edit an undoable command), its live results, and three
 * ways to vote: count a show of hands, pass the laptop (kiosk), or phones over the room's network.
 */
class PollsWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit PollsWorkspace(Document* document, QWidget* parent = nullptr);
    ~PollsWorkspace() override;

    QString title() const override;
    QStringList viewNames() const override;
    bool showView(const QString& view, QString* error) override;

    qint64 currentPoll() const { return m_poll; }
    void selectPoll(qint64 id);

    // The workspace's actions, also used by tests.
    void addPoll();
    void removePoll();
    void addOption();
    void removeOption();
    void moveOption(int delta);
    void setState(const QString& state);
    /** Adds counted hands as anonymous votes, one undo step: @p hands[i] for option (or level) i. */
    bool addHands(const QList<int>& hands);
    /** Removes every vote of the current poll, one undo step; @p ask confirms first. */
    bool clearResults(bool ask = true);
    void openKiosk();
    polls::PhonePanel* phonePanel() const { return m_phones; }
    /** Moderation: hides the selected written answer, or shows it again when hidden (one undo step). */
    bool toggleSelectedAnswer();
    QListView* answerList() const { return m_answerList; }

    /** The poll the projector shows: the one phones vote on while the server runs, else the
     *  open poll (the selected one first), else the last one shown, now closed, with its final
     *  results; 0 for none. */
    qint64 projectorPoll() const { return m_projectorPoll; }
    /** The address phones vote at, while the server runs. */
    QUrl projectorUrl() const { return m_projectorUrl; }
    /** Puts poll @p id on the projector whatever its state (screenshots); 0 follows the polls again. */
    void showOnProjector(qint64 id);

signals:
    /** What the projector should show beside its timer changed (see projectorPoll()). */
    void projectorPollChanged(qint64 pollId, const QUrl& url);

private:
    void buildUi();
    void loadEditor();
    void refreshResults();
    void scheduleResults();
    void countHands();
    qint64 selectedOption() const;
    void updateProjector();
    void updateAnswerAction();

    qint64 m_poll = 0;
    RowListModel* m_polls;
    RowListModel* m_options;
    QStackedWidget* m_pages;
    QListView* m_pollList;
    QPushButton* m_removePoll;
    QWidget* m_editor;
    QLineEdit* m_question;
    QComboBox* m_kind;
    QLabel* m_maxLabel;
    QSpinBox* m_max;
    QComboBox* m_place;
    QComboBox* m_reveal;
    QComboBox* m_role;
    QLabel* m_state;
    QPushButton* m_open;
    QPushButton* m_close;
    QLabel* m_optionsHint;
    QListView* m_optionList;
    QList<QWidget*> m_optionWidgets;
    charts::PollChart* m_chart;
    polls::AnswerListModel* m_answers;
    QGroupBox* m_answersBox;
    QListView* m_answerList;
    QPushButton* m_hideAnswer;
    QAction* m_hideAction;
    QPushButton* m_hands;
    QPushButton* m_kiosk;
    QPushButton* m_clear;
    polls::PhonePanel* m_phones;
    polls::KioskWidget* m_kioskPreview = nullptr;
    QPointer<polls::KioskWidget> m_kioskWindow;
    QTimer* m_resultsTimer;
    bool m_loading = false;
    qint64 m_projectorPoll = 0;
    qint64 m_projectorPin = 0;
    QUrl m_projectorUrl;
};

} // namespace rt
