// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;

namespace rt {

/**
 * The main window's left column while a session is open: which event this is (its name, then its
 * date and venue), then the pages as a list the keyboard can walk. The window fills the list's
 * model and answers its selection.
 */
class SessionSidebar : public QWidget
{
    Q_OBJECT
public:
    /** @param pages the navigation model the list shows (not owned) */
    explicit SessionSidebar(QAbstractItemModel* pages, QWidget* parent = nullptr);

    QListView* navigation() const { return m_navigation; }
    /** Shows @p name and, under it, one line per detail (hidden when there is none). */
    void setEvent(const QString& name, const QStringList& details);
    /** Empties the event's name and details (no session). */
    void clear();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyStyle(bool focused);

    QLabel* m_eventLabel = nullptr;
    QLabel* m_eventDetails = nullptr;
    QListView* m_navigation = nullptr;
};

} // namespace rt
