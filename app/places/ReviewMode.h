// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QScrollArea;

namespace rt {

class ActionTrackerFilter;
class ActionTrackerModel;
class Document;

/**
 * Review mode for a board meeting: one place's actions one at a time, in large type for a
 * projector. Keys 1–6 set the status; a progress line typed and Enter records it and moves on;
 * Page Up/Page Down or the arrows move; Ctrl+Z undoes; Esc leaves. Every change is an undoable
 * edit on the session.
 */
class ReviewMode : public QWidget
{
    Q_OBJECT
public:
    ReviewMode(Document* document, qint64 placeId, QWidget* parent = nullptr);
    ~ReviewMode() override;

    /** Opens review mode as its own window: full screen on a second screen if there is one. */
    static ReviewMode* open(Document* document, qint64 placeId, QWidget* parent);

    int count() const;
    int position() const { return m_pos; }
    qint64 currentAction() const;
    /** Shows the action at @p position (clamped). */
    void showAction(int position);
    bool setStatus(int statusIndex);
    /** Records @p text as a progress line of the action shown (with its status now). */
    bool record(const QString& text);
    QLineEdit* progressLine() const { return m_line; }
    ActionTrackerModel* model() const { return m_model; }

signals:
    void left();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    bool handleKey(QKeyEvent* event);
    void refresh();
    void leave();
    void say(const QString& message);

    QPointer<Document> m_document;
    qint64 m_placeId;
    ActionTrackerModel* m_model;
    ActionTrackerFilter* m_filter;
    int m_pos = 0;
    qint64 m_shownId = 0;
    QLabel* m_where;
    QLabel* m_flags;
    QLabel* m_action;
    QLabel* m_details;
    QLabel* m_statuses;
    QLabel* m_last;
    QLineEdit* m_line;
    QLabel* m_help;
    QLabel* m_message;
    QScrollArea* m_scroll;
};

} // namespace rt
