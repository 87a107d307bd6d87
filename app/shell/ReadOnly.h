// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace rt {

class Document;

/**
 * Read-only windows (a second window on a file another window writes): what the pages mark as
 * changing the session is disabled with a tooltip saying why, every text box is read-only and
 * every grid stops editing, and the window follows the writer live (SQLite's data_version,
 * polled on a short timer; a change re-reads every view through Store::reset()).
 */
namespace readonly {
/** Marks @p widget (a button) as one that changes the session: off in a read-only window. */
void marksEdit(QWidget* widget);
/** Keeps @p widget (a search box) usable in a read-only window. */
void keepUsable(QWidget* widget);
/** Why edits are off, as the disabled controls' tooltip says it. */
QString reason();
} // namespace readonly

class ReadOnlyGuard : public QObject
{
    Q_OBJECT
public:
    /** Guards @p root's pages while @p document is open read-only (does nothing otherwise);
     *  lives as long as @p parent. */
    ReadOnlyGuard(Document* document, QWidget* root, QObject* parent);

    /** Applies the read-only state to every widget under the root (again after a refresh, for
     *  widgets the pages have made since). */
    void apply();
    /** Checks the file now (the timer does it every @c interval ms). @return whether it changed */
    bool follow();
    static constexpr int interval = 1000;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<Document> m_document;
    QPointer<QWidget> m_root;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace rt
