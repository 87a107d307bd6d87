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
/**
 * A small tmpfs for disk-full tests, mounted under a temporary folder and unmounted on
 * destruction. Needs root (CI runs as root): error() says why it could not be had, for QSKIP.
 */
class SmallDisk
{
public:
    explicit SmallDisk(const QString& size);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;
    bool isMounted() const { return m_mounted; }
    QString path() const { return m_path; }
    /** Why it is not mounted (empty when it is). */
    QString error() const { return m_error; }

private:
    QString m_folder, m_path, m_error;
    bool m_mounted = false;
};

/**
 * Runs the OOXML validator (@ooxml-tools/validate, pinned in tests/support/ooxml-validate and
 * installed into the build folder on first use) on @p file.
 * @return its findings, empty when the file is clean; *skip says why it could not run (no npm,
 *         offline), for QSKIP, and is empty when it ran.
 */
QString ooxmlProblems(const QString& file, QString* skip);

/** Hostile text for round trips: XML specials, quotes, emoji, RTL, controls, SQL-looking, long. */
QStringList hostileTexts();

} // namespace rt::test
