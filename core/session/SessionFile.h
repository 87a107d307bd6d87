// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SessionError.h"

#include <QCoreApplication>
#include <QLockFile>
#include <memory>

namespace rt {

/**
 * The .roundtable file on disk: checked before SQLite touches it, locked against a second
 * writer, migrated after a backup, kept in WAL while open and folded back into one file on
 * close. Files on network or cloud-synced folders are edited through a local copy that is
 * written back atomically on close.
 */
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)
public:
    static constexpr qint32 ApplicationId = 0x52746162; // "Rtab"
    enum class Mode { ReadWrite, ReadOnly };

    SessionFile();
    ~SessionFile();
    SessionFile(const SessionFile&) = delete;
    SessionFile& operator=(const SessionFile&) = delete;

    static int currentSchemaVersion();
    /** The SQL that brings a file from schema version @p version - 1 to @p version. */
    static QString schemaScript(int version);
    /** Header checks only (no SQLite): missing, unreadable, empty, not SQLite, truncated,
     *  foreign, newer. Used by open() and by merge before it starts. */
    static SessionError inspect(const QString& path);

    SessionError create(const QString& path);
    SessionError open(const QString& path, Mode mode);
    /** Folds the WAL back, writes a local copy back if there is one, releases the lock. */
    void close();
    /** A consistent copy (VACUUM INTO, checked with quick_check) written atomically to @p target. */
    SessionError saveCopy(const QString& target) const;

    bool isOpen() const { return !m_connection.isEmpty(); }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    /** What SQLite has open: the file itself, or its private local copy. */
    QString workPath() const { return m_workPath; }
    bool usesLocalCopy() const { return !m_workPath.isEmpty() && m_workPath != m_path; }
    /** Set when the last close() could not leave one complete file: a local copy that could not
     *  be written back (its path is the detail), or a disk too full to fold the -wal in. */
    SessionError closeError() const { return m_closeError; }

    /** For tests: builds a file at an older schema version. */
    static SessionError createAtVersion(const QString& path, int version);
    static bool isNetworkPath(const QString& path);
    /** An errno value in the user's words ("the disk is full"). */
    static QString describeErrno(int err);

private:
    SessionError fail(SessionError::Code code, const QString& path, const QString& detail = {});
    SessionError openConnection(const QString& path, Mode mode);
    SessionError lock(const QString& path);
    /** The structural check (FileCheck) on @p path: immutable, or a private copy opened to replay its WAL. */
    SessionError verify(const QString& path, bool immutable, int version);
    SessionError migrate(int from);
    SessionError writeBack();

    QString m_path; ///< the user's file
    QString m_workPath; ///< what SQLite has open (a local copy for network folders)
    QString m_connection;
    Mode m_mode = Mode::ReadWrite;
    std::unique_ptr<QLockFile> m_lock;
    SessionError m_closeError;
};

} // namespace rt
