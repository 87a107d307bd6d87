// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rt::test {

/** The SHA-256 of a file's bytes, to prove a refused file was left untouched. */
QByteArray fileHash(const QString& path);
/** Runs the roundtable binary (RT_BINARY) with @p args; returns its exit code. */
int runCli(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr,
           const QByteArray& stdinData = {}, int timeoutMs = 60000);
/** Hostile text for round trips: XML specials, quotes, emoji, RTL, controls, SQL-looking, long. */
QStringList hostileTexts();

} // namespace rt::test
