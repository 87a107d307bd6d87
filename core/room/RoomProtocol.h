// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace rt::room {

/**
 * The room's wire, HTTP on the room's own network: a laptop POSTs `<url>/sync` with its queued
 * edits and how far it has caught up, and gets back the log it has not seen; `<url>/session` is
 * the whole session for a laptop without a copy; `<url>/hello` says which session the room holds.
 * `<url>` is `http://ADDRESS:PORT/room/SECRET`; the secret (128 random bits) is the room's key.
 */
constexpr int ProtocolVersion = 1;
constexpr int DefaultPort = 47800;
constexpr int MaxBatchEntries = 500; ///< per request, each way
constexpr qint64 MaxBatchBytes = 4 << 20; ///< about, per request, each way (one entry may exceed it)
constexpr qint64 MaxRequestBytes = 48 << 20; ///< a batch in base64, with room for one big entry

/** The secret's letters: base32 without I, L, O, U, so a code read aloud is typed right. */
QString newSecret();
/** A join code people can read out: the secret in groups of four. */
QString joinCode(const QString& secret);
/** The room's URL from what someone typed or scanned: the URL itself, or "ADDRESS[:PORT] CODE". */
QUrl parseRoom(const QString& typed, QString* error);
/** The secret in a room URL (empty when it is not one). */
QString secretOf(const QUrl& url);

/** Constant-time comparison of two secrets. */
bool sameSecret(const QByteArray& a, const QByteArray& b);

} // namespace rt::room
