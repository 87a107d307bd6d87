// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/RunController.h"

#include "domain/AgendaTimes.h"
#include "domain/Guidance.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>

namespace rt {

namespace {
bool g_muted = false;

const QJsonObject& library()
{
    static const QJsonObject lib = [] {
        QFile file(QStringLiteral(":/guidance/guidance.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return lib;
}

guidance::Entry builtIn(const Row& item)
{
    const QString activity
        = guidance::activityFor(item.str(col::Kind), item.str(col::Title), item.ref(col::PollId) > 0);
    return guidance::lookup(library(), activity);
}
} // namespace

RunController::RunController(Document* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::opened, this, [this] {
        connectStore();
        reload();
    });
    connectStore();
    reload();
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &RunController::tick);
}

void RunController::connectStore()
{
    if (!m_document || !m_document->store())
        return;
    Store* store = m_document->store();
    connect(store, &Store::rowsChanged, this, &RunController::onRowsChanged, Qt::UniqueConnection);
    connect(store, &Store::rowUpdated, this, &RunController::onRowUpdated, Qt::UniqueConnection);
    connect(store, &Store::reset, this, &RunController::reload, Qt::UniqueConnection);
}

void RunController::onRowsChanged(Kind kind)
{
    if (kind == Kind::AgendaItem || kind == Kind::Prompt)
        reload();
}

void RunController::onRowUpdated(Kind kind, qint64, const QString&)
{
    if (kind == Kind::AgendaItem || kind == Kind::Prompt)
        reload();
}

void RunController::setClock(AgendaTimer::Clock clock)
{
    m_timer.setClock(std::move(clock));
    emit stateChanged();
}

void RunController::reload()
{
    const qint64 currentId = currentItem().id;
    m_items
        = (m_document && m_document->store()) ? m_document->store()->rows(Kind::AgendaItem) : QList<Row> {};
    QList<AgendaTimer::Slot> times;
    for (const Row& r : m_items)
        times << AgendaTimer::Slot {agendatimes::parse(r.str(col::Start)),
                                    agendatimes::parse(r.str(col::End))};
    const int before = m_timer.current();
    m_timer.setSlots(times);
    // Keep the same item current when the agenda is edited during the day.
    if (currentId > 0 && before >= 0) {
        int at = -1;
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items[i].id == currentId)
                at = i;
        }
        if (at >= 0 && at != m_timer.current()) {
            m_timer.relocate(at); // reordered: the same item, its countdown goes on
        } else if (at < 0 && !m_items.isEmpty()) {
            m_timer.start(std::min(before, int(m_items.size()) - 1));
        }
    }
    if (m_timer.current() != before)
        emit currentChanged(m_timer.current());
    emit stateChanged();
}

QString RunController::builtInGuidance(const Row& item)
{
    return guidance::toText(builtIn(item));
}

QString RunController::guidanceFor(const Row& item)
{
    const QString own = item.str(col::Guidance).trimmed();
    return own.isEmpty() ? builtInGuidance(item) : own;
}

QString RunController::roomTextFor(const Row& item)
{
    const QString own = item.str(col::RoomText).trimmed();
    return own.isEmpty() ? builtInRoomText(item) : own;
}

QString RunController::builtInRoomText(const Row& item)
{
    // Written to the people in the room, unlike the guidance (written to facilitators).
    const QString activity
        = guidance::activityFor(item.str(col::Kind), item.str(col::Title), item.ref(col::PollId) > 0);
    if (activity == QLatin1String("arrival"))
        return tr("Welcome! Find your table on the table plan, and help yourself to a drink.");
    if (activity == QLatin1String("plenary"))
        return tr("Listen, and note what strikes you: you will talk about it at your table.");
    if (activity == QLatin1String("break"))
        return tr("Time for a break. Please be back in your seats when the countdown ends.");
    if (activity == QLatin1String("tables"))
        return tr("Talk about your table's topic under the three questions.");
    if (activity == QLatin1String("pick"))
        return tr("Add your ideas, then place each one by its impact and the effort it needs.");
    if (activity == QLatin1String("action_plan"))
        return tr("Turn the chosen ideas into actions: who does what, by when, and how we will know it "
                  "worked.");
    if (activity == QLatin1String("vote"))
        return tr("Vote from your phone: scan the code on the screen, or raise your hand when asked.");
    if (activity == QLatin1String("close"))
        return tr("Thank you for coming. Here is what happens next.");
    if (activity == QLatin1String("breakout"))
        return tr("Work with your place's partners on what you will do together.");
    return {};
}

QStringList RunController::prompts() const
{
    QStringList out;
    if (m_document && m_document->store()) {
        for (const Row& p : m_document->store()->rows(Kind::Prompt))
            out << p.str(col::Question);
    }
    return out;
}

QString RunController::workspaceFor(const Row& item)
{
    const QString kind = item.str(col::Kind);
    if (kind == QLatin1String("tables"))
        return QStringLiteral("tables");
    if (kind == QLatin1String("breakout"))
        return QStringLiteral("places");
    return {};
}

QString RunController::timesOf(const Row& item)
{
    const QString s = item.str(col::Start), e = item.str(col::End);
    if (e.isEmpty())
        return s;
    return tr("%1–%2").arg(s, e);
}

bool RunController::isMuted()
{
    return g_muted;
}

void RunController::setMuted(bool muted)
{
    g_muted = muted;
}

void RunController::changed(int before)
{
    if (m_timer.current() == before) {
        emit stateChanged();
        return;
    }
    emit currentChanged(m_timer.current());
    emit stateChanged();
    // The item's page is offered (Go to Tables), never forced: the window stays where the
    // facilitator put it, and the countdown in the status bar says where the day is.
}

void RunController::enter()
{
    m_ticker.start();
    const int before = m_timer.current();
    const QDateTime now = m_timer.now();
    const int minute = now.time().hour() * 60 + now.time().minute();
    // Under way: between the first start and the last end of the day.
    int first = -1, last = -1;
    for (const Row& r : m_items) {
        const int s = agendatimes::parse(r.str(col::Start));
        const int e = agendatimes::parse(r.str(col::End));
        if (s >= 0 && (first < 0 || s < first))
            first = s;
        if (e >= 0 && e > last)
            last = e;
    }
    if (before < 0) {
        if (first >= 0 && minute >= first && minute < last)
            m_timer.followClock();
        else
            m_timer.start(m_items.isEmpty() ? -1 : 0);
    }
    if (m_timer.current() != before)
        emit currentChanged(m_timer.current());
    emit stateChanged();
}

void RunController::goTo(int index, bool drive)
{
    const int before = m_timer.current();
    m_timer.start(index);
    m_ticker.start();
    if (drive) {
        changed(before);
        return;
    }
    if (m_timer.current() != before)
        emit currentChanged(m_timer.current());
    emit stateChanged();
}

void RunController::next()
{
    const int before = m_timer.current();
    m_timer.next();
    changed(before);
}

void RunController::back()
{
    const int before = m_timer.current();
    m_timer.back();
    changed(before);
}

void RunController::togglePause()
{
    m_timer.togglePause();
    emit stateChanged();
}

void RunController::extend()
{
    m_timer.extend(300);
    emit stateChanged();
}

void RunController::followClock()
{
    const int before = m_timer.current();
    m_timer.followClock();
    changed(before);
}

void RunController::openWorkspace()
{
    const QString ws = workspaceFor(currentItem());
    if (!ws.isEmpty())
        emit requestWorkspace(ws);
}

void RunController::openPoll()
{
    const qint64 poll = currentItem().ref(col::PollId);
    if (poll <= 0)
        return;
    emit requestWorkspace(QStringLiteral("polls"));
    emit openPollRequested(poll);
}

void RunController::tick()
{
    const int before = m_timer.current();
    // Following the clock, an item's end is also the moment the next one begins: the cue for
    // the one that ended is still owed.
    const bool owed = m_timer.isTimed() && !m_timer.endCueGiven();
    bool cue = false;
    if (m_timer.sync()) {
        changed(before);
        cue = owed;
    }
    cue = m_timer.takeEndCue() || cue;
    if (cue) {
        if (!g_muted)
            QApplication::beep();
        emit endReached();
    }
    emit ticked();
}

} // namespace rt
