// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/RoomSync.h"

#include "store/ChangeApply.h"
#include "store/Store.h"

#include <QDateTime>

namespace rt::room {

namespace {
/** Restores the store's capture settings however the move ends. */
class CaptureAs
{
public:
    CaptureAs(Store& store, Store::Capture capture, const QString& device)
        : m_store(store)
        , m_capture(store.capture())
    {
        store.setCapture(capture);
        store.setCaptureDevice(device);
    }
    ~CaptureAs()
    {
        m_store.setCapture(m_capture);
        m_store.setCaptureDevice({});
    }

private:
    Store& m_store;
    Store::Capture m_capture;
};

/** Applies the entries after out.upTo, in order, moving out.upTo on: how many (-1: failed, with
 *  out.error; the caller's transaction then rolls all of them back). */
int applyAfter(ChangeApply& apply, const QList<RoomRepository::Entry>& entries, Outcome& out)
{
    int applied = 0;
    for (const RoomRepository::Entry& e : entries) {
        if (e.seq <= out.upTo)
            continue;
        const ChangeApply::Outcome one = apply.apply(e.changes);
        if (!one.ok) {
            out.error = one.error;
            return -1;
        }
        out.kinds.unite(one.kinds);
        out.conflicts += one.conflicts;
        out.refused += one.refused;
        out.upTo = e.seq;
        ++applied;
    }
    return applied;
}
} // namespace

bool startHosting(Store& store)
{
    RoomRepository room(store);
    {
        CaptureAs capture(store, Store::Capture::Off, {});
        Store::Transaction tx(store);
        if (!room.setValue(RoleKey, Host) || !room.clearOutbox() || !tx.commit())
            return false;
    }
    store.setCapture(Store::Capture::Log);
    return true;
}

bool startMember(Store& store, const QString& url, const QString& captures)
{
    RoomRepository room(store);
    {
        CaptureAs capture(store, Store::Capture::Off, {});
        Store::Transaction tx(store);
        // Another room's log counts from its own start.
        if (room.value(UrlKey) != url && !room.setValue(GseqKey, QStringLiteral("0")))
            return false;
        if (!room.setValue(RoleKey, Member) || !room.setValue(UrlKey, url)
            || !room.setValue(CapturesKey, captures) || !tx.commit())
            return false;
    }
    store.setCapture(Store::Capture::Outbox);
    return true;
}

bool adoptCopy(Store& store, const QString& url, qint64 gseq)
{
    RoomRepository room(store);
    CaptureAs capture(store, Store::Capture::Off, {});
    Store::Transaction tx(store);
    return room.clearHostRecords() && room.clearOutbox() && room.setValue(RoleKey, Member)
        && room.setValue(UrlKey, url) && room.setValue(GseqKey, QString::number(gseq)) && tx.commit();
}

bool leave(Store& store)
{
    RoomRepository room(store);
    {
        CaptureAs capture(store, Store::Capture::Off, {});
        Store::Transaction tx(store);
        if (!room.setValue(RoleKey, QString()) || !tx.commit())
            return false;
    }
    store.setCapture(Store::Capture::Outbox);
    return true;
}

Outcome receive(Store& store, const RoomRepository::Peer& peer, const QList<RoomRepository::Entry>& entries)
{
    Outcome out;
    RoomRepository room(store);
    RoomRepository::Peer known = room.peer(peer.device);
    out.upTo = known.seq;
    // What the host applies joins the room's log under the laptop's name.
    CaptureAs capture(store, Store::Capture::Log, peer.device);
    ForeignKeysOff fk(store);
    Store::Transaction tx(store);
    ChangeApply apply(store, true, peer.name.isEmpty() ? peer.device : peer.name);
    const int applied = applyAfter(apply, entries, out);
    if (applied < 0)
        return out;
    known.name = peer.name;
    known.captures = peer.captures;
    known.gseq = peer.gseq;
    known.backlog = qMax(0, peer.backlog - applied); // what it still holds once this call is done
    known.seq = out.upTo;
    known.lastContact = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!room.putPeer(known) || !tx.commit()) {
        out.error = store.lastError();
        return out;
    }
    out.ok = true;
    return out;
}

Outcome catchUp(Store& store, const QList<RoomRepository::Entry>& entries)
{
    Outcome out;
    RoomRepository room(store);
    out.upTo = room.value(GseqKey).toLongLong();
    // The host's changes must not go back to it from here.
    CaptureAs capture(store, Store::Capture::Off, {});
    ForeignKeysOff fk(store);
    Store::Transaction tx(store);
    ChangeApply apply(store, false, {});
    if (applyAfter(apply, entries, out) < 0)
        return out;
    if (!room.setValue(GseqKey, QString::number(out.upTo)) || !tx.commit()) {
        out.error = store.lastError();
        return out;
    }
    out.ok = true;
    return out;
}

bool acknowledge(Store& store, qint64 seq)
{
    CaptureAs capture(store, Store::Capture::Off, {});
    Store::Transaction tx(store);
    return RoomRepository(store).acknowledge(seq) && tx.commit();
}

void announce(Store& store, const QSet<Kind>& kinds)
{
    for (Kind k : kinds)
        emit store.rowsChanged(k);
}

} // namespace rt::room
