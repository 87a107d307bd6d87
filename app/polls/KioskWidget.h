// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "polls/PollData.h"

#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace rt {
class Document;
namespace charts {
class PollChart;
}
} // namespace rt

namespace rt::polls {

/**
 * Pass-the-laptop voting: one voter at a time, large controls; results as the poll's reveal
 * says (vote::roomSeesResults): live ones after each voter has voted, else once the poll closes. As its own
 * window it fills the screen and only the facilitator's shortcut (Ctrl+Shift+K) leaves it; Escape and the
 * window's close button do nothing.
 */
class KioskWidget : public QWidget
{
    Q_OBJECT
public:
    KioskWidget(Document* document, qint64 pollId, QWidget* parent = nullptr);

    /** Opens a full-screen kiosk window for the poll; it deletes itself when left. */
    static KioskWidget* openFullScreen(Document* document, qint64 pollId);
    static QString leaveShortcut() { return QStringLiteral("Ctrl+Shift+K"); }

    qint64 pollId() const { return m_poll.id; }

signals:
    void leaveRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void reload();
    void rebuildAnswers();
    void showState();
    QByteArray ballot() const;
    void cast();
    void nextVoter();
    void moveRanked(int delta);
    void limitChoices();

    QPointer<Document> m_document;
    PollInfo m_poll;
    bool m_leaving = false;
    QStackedWidget* m_pages;
    QLabel* m_question;
    QLabel* m_hint;
    QWidget* m_answers;
    QVBoxLayout* m_answersLayout;
    QLabel* m_error;
    QPushButton* m_cast;
    QLabel* m_waiting;
    QLabel* m_closedTitle;
    charts::PollChart* m_results;
    charts::PollChart* m_liveResults; ///< on the Thanks page, when the poll reveals results live
    QButtonGroup* m_group = nullptr;
    QListWidget* m_ranking = nullptr;
    QLineEdit* m_word = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace rt::polls
