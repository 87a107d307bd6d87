// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"
#include "store/RoomRepository.h"

#include <QSet>
#include <QString>

namespace rt {

class Store;

/**
 * The live room's two moves, without the network: the host applies a laptop's queued edits
 * (and its own capture turns them into the room's log), a laptop applies the log it has not
 * seen. Each move is one transaction with its bookkeeping, so a crash at any point repeats it
 * or finds it done, never half of it. The rules are IdentityMerge's (ChangeApply).
 */
namespace room {

struct Outcome
{
    bool ok = false;
    QString error;
    qint64 upTo = 0; ///< host: the laptop's last seq applied; laptop: the last gseq applied
    QSet<Kind> kinds;
    int conflicts = 0;
    int refused = 0;
};

/** This file becomes the room's record: its own edits join the log from now on (what it queued
 *  before is the room's starting point, so its outbox is emptied). */
bool startHosting(Store& store);
/** This file is a laptop in the room at @p url: its edits queue for the host. */
bool startMember(Store& store, const QString& url, const QString& captures);
/** A copy of the host's file received at log position @p gseq becomes a laptop's own file. */
bool adoptCopy(Store& store, const QString& url, qint64 gseq);
/** Leaves the room: edits still queue, for the next room or a merge by file. */
bool leave(Store& store);

/** Host: @p entries from @p peer's outbox (oldest first); those at or below what was already
 *  applied are skipped, so a repeated send changes nothing. */
Outcome receive(Store& store, const RoomRepository::Peer& peer, const QList<RoomRepository::Entry>& entries);

/** Laptop: the host's log entries after this file's room_gseq (oldest first). */
Outcome catchUp(Store& store, const QList<RoomRepository::Entry>& entries);

/** Laptop: the host has applied everything up to @p seq. */
bool acknowledge(Store& store, qint64 seq);

/** Tells the models what changed under them. */
void announce(Store& store, const QSet<Kind>& kinds);

/** The keys in meta. */
inline const QString RoleKey = QStringLiteral("room_role");
inline const QString UrlKey = QStringLiteral("room_url");
inline const QString GseqKey = QStringLiteral("room_gseq");
inline const QString CapturesKey = QStringLiteral("room_captures");
inline const QString SecretKey = QStringLiteral("room_secret");
inline const QString PortKey = QStringLiteral("room_port");
inline const QString Host = QStringLiteral("host");
inline const QString Member = QStringLiteral("member");

} // namespace room
} // namespace rt
