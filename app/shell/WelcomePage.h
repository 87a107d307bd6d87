// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QListWidget;

namespace rt {

/**
 * What the main window shows without an open session: the name and purpose of the app, buttons
 * for a new session from a template and for opening one, and the recent sessions (activating
 * one asks for it through recentActivated()).
 */
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    /** @param newSession, open the actions the two buttons trigger (and whose icons they show) */
    WelcomePage(QAction* newSession, QAction* open, QWidget* parent = nullptr);

    /** Lists @p files (most recent first), or says where opened sessions will appear. */
    void setRecentFiles(const QStringList& files);

signals:
    void recentActivated(const QString& path);

private:
    QListWidget* m_recent = nullptr;
};

} // namespace rt
