// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgendaTimer.h"
#include "domain/Row.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rt {

class Document;

/**
 * The run of the day, shared by the facilitator's run mode and the projector: the agenda items,
 * the AgendaTimer, the guidance to show, and the signals that let the agenda drive the app.
 */
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(Document* document, QObject* parent = nullptr);

    /** For tests and screenshots: the wall clock the timer reads. */
    void setClock(AgendaTimer::Clock clock);
    AgendaTimer& timer() { return m_timer; }
    const AgendaTimer& timer() const { return m_timer; }

    const QList<Row>& items() const { return m_items; }
    int current() const { return m_timer.current(); }
    Row currentItem() const { return m_items.value(current()); }
    Row nextItem() const { return current() >= 0 ? m_items.value(current() + 1) : Row {}; }

    /** The item's own guidance, or the built-in guidance for its activity when it has none. */
    static QString guidanceFor(const Row& item);
    /** The built-in guidance for the item's activity (resources/guidance/guidance.json). */
    static QString builtInGuidance(const Row& item);
    /** What the projector shows the room: the item's own room text, else a built-in line for
     *  its activity; never the facilitator's guidance, which may be meant for facilitators only. */
    static QString roomTextFor(const Row& item);
    /** The built-in room line for the item's activity (translated). */
    static QString builtInRoomText(const Row& item);
    /** The questions every table answers (shown with `tables` items). */
    QStringList prompts() const;
    /** "tables" or "places" for items that bring a workspace to the front, else empty. */
    static QString workspaceFor(const Row& item);

    /** "11:45–13:00". */
    static QString timesOf(const Row& item);

    /** Beep at the end of an item; one setting for the whole run of the app. */
    static bool isMuted();
    static void setMuted(bool muted);

public slots:
    /** Starts run mode: the item by the clock when the day is under way, else the first item.
     *  Does not drive the workspace (the facilitator has just asked for run mode). */
    void enter();
    /** Makes @p index current by hand (@p drive is kept for callers; no page is ever forced). */
    void goTo(int index, bool drive = true);
    void next();
    void back();
    void togglePause();
    void extend();
    void followClock();
    /** Asks the main window for the current item's workspace ("tables", "places"). */
    void openWorkspace();
    /** Asks the main window to open the current item's poll. */
    void openPoll();
    /** Re-reads the clock: moves on when following it, fires the end cue once. */
    void tick();

signals:
    void currentChanged(int index);
    /** Paused, extended, or the agenda edited. */
    void stateChanged();
    void ticked();
    void endReached();
    void requestWorkspace(const QString& name);
    void openPollRequested(qint64 pollId);

private:
    void connectStore();
    void onRowsChanged(Kind kind);
    void onRowUpdated(Kind kind, qint64 id, const QString& column);
    void reload();
    void changed(int before);

    QPointer<Document> m_document;
    AgendaTimer m_timer;
    QList<Row> m_items;
    QTimer m_ticker;
};

} // namespace rt
