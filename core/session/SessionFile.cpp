// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionFile.h"

#include "session/OutputFile.h"
#include "store/Database.h"
#include "store/FileCheck.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace rt {

namespace {
constexpr char Magic[] = "SQLite format 3";
constexpr int HeaderSize = 100;
QAtomicInt connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("rt-session-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

QString migrationScript(int version)
{
    QDir dir(QStringLiteral(":/migrations"));
    const QStringList files
        = dir.entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
    if (files.isEmpty())
        return {};
    QFile f(dir.filePath(files.first()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

quint32 be32(const QByteArray& h, int at)
{
    return qFromBigEndian<quint32>(h.constData() + at);
}

/** meta.value is NOT NULL: a program that never set its version still creates files. */
QString createdWith()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

QString displayName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool nonEmpty(const QString& path)
{
    return QFileInfo(path).size() > 0;
}

/** How long the structural check of one file may take before it is refused. */
int checkDeadlineMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("RT_CHECK_DEADLINE_MS", &ok);
    return ok && ms > 0 ? ms : 20000;
}

/** A private copy of @p path and its -wal or -journal, in the temporary folder. */
QString privateCopy(const QString& path, QString* error)
{
    static QAtomicInt copies;
    const QString copy = QDir::temp().filePath(QStringLiteral("roundtable-%1-%2-%3")
                                                   .arg(QCoreApplication::applicationPid())
                                                   .arg(copies.fetchAndAddRelaxed(1))
                                                   .arg(QFileInfo(path).fileName()));
    // The -wal first: pages a live writer checkpoints meanwhile are then in the main file too.
    for (const char* extra : {"-wal", "-journal", ""}) {
        const QString from = path + QLatin1String(extra);
        const QString to = copy + QLatin1String(extra);
        QFile::remove(to);
        if ((*extra == 0 || QFileInfo::exists(from)) && !QFile::copy(from, to)) {
            for (const char* e : {"-wal", "-journal", "", "-shm"})
                QFile::remove(copy + QLatin1String(e));
            *error = QFile(to).errorString();
            return {};
        }
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    return copy;
}

void removeCopy(const QString& copy)
{
    for (const char* e : {"", "-wal", "-shm", "-journal"})
        QFile::remove(copy + QLatin1String(e));
}
} // namespace

QString SessionFile::describeErrno(int err)
{
    return files::failureReason(QString(), err, QString::fromLocal8Bit(std::strerror(err)));
}

/**
 * A writer killed at the wrong moment can leave locks that QLockFile never calls stale (we turn
 * off age-based staleness, since a session stays open for hours):
 *  - the lock file created but its pid not yet written: a live writer fills it at once;
 *  - QLockFile's own ".rmlock", held only for the instant of removing a stale lock, which then
 *    blocks every later removal.
 * Either, still there after a second, belongs to a dead writer and is removed.
 * @return true when something was removed, so locking is worth trying again
 */
static bool reclaimDeadLock(QLockFile& lock, const QString& lockPath)
{
    auto ageOf = [](const QString& file) {
        return QFileInfo(file).lastModified().msecsTo(QDateTime::currentDateTime());
    };
    const QString rmlock = lockPath + QStringLiteral(".rmlock");
    qint64 pid = 0;
    QString host, app;
    const bool unreadable = !lock.getLockInfo(&pid, &host, &app);
    if (!unreadable && !QFileInfo::exists(rmlock))
        return false;
    const qint64 youngest = qMin(ageOf(lockPath), QFileInfo::exists(rmlock) ? ageOf(rmlock) : 1000);
    if (youngest < 1000)
        QThread::msleep(quint64(1000 - qMax<qint64>(youngest, 0)));
    bool removed = false;
    if (QFileInfo::exists(rmlock) && ageOf(rmlock) >= 1000)
        removed = QFile::remove(rmlock);
    if (!lock.getLockInfo(&pid, &host, &app))
        removed = lock.removeStaleLockFile() || removed;
    return removed;
}

SessionFile::SessionFile() = default;

SessionFile::~SessionFile()
{
    close();
}

QString SessionFile::schemaScript(int version)
{
    return migrationScript(version);
}

int SessionFile::currentSchemaVersion()
{
    // The highest numbered script: branches number their migrations ahead of each other, and a
    // number not (yet) present here upgrades nothing.
    static const int version = [] {
        int v = 0;
        const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")});
        for (const QString& f : files)
            v = qMax(v, f.section(QLatin1Char('_'), 0, 0).toInt());
        return v;
    }();
    return version;
}

SessionError SessionFile::fail(SessionError::Code code, const QString& path, const QString& detail)
{
    SessionError e;
    e.code = code;
    e.detail = detail;
    const QString file = displayName(path);
    switch (code) {
    case SessionError::None:
        break;
    case SessionError::Missing:
        e.message = tr("%1 does not exist.").arg(file);
        break;
    case SessionError::NotRegular:
        e.message = tr("%1 cannot hold a Roundtable session: %2.").arg(file, detail);
        break;
    case SessionError::Unreadable:
        e.message = tr("%1 cannot be read: permission denied.").arg(file);
        break;
    case SessionError::Empty:
        e.message = tr("%1 is empty (0 bytes), so it holds no Roundtable session.").arg(file);
        break;
    case SessionError::NotSQLite:
        e.message = tr("%1 is not a Roundtable session file: it is not an SQLite database.").arg(file);
        break;
    case SessionError::Truncated:
        e.message = tr("%1 is truncated: %2.").arg(file, detail);
        break;
    case SessionError::Corrupt:
        e.message = tr("%1 is damaged and cannot be opened safely: %2.").arg(file, detail);
        break;
    case SessionError::Foreign:
        e.message = tr("%1 is another application's SQLite database, not a Roundtable session.").arg(file);
        break;
    case SessionError::Newer:
        e.message = tr("%1 was made by a newer Roundtable (schema version %2; this version reads up to %3). "
                       "Update Roundtable to open it.")
                        .arg(file, detail)
                        .arg(currentSchemaVersion());
        break;
    case SessionError::Locked:
        e.message = tr("%1 is being edited by another Roundtable (%2); it can be opened read-only.")
                        .arg(file, detail);
        break;
    case SessionError::ReadOnlyFile:
        e.message
            = tr("%1 cannot be written (read-only file or folder); it can be opened read-only.").arg(file);
        break;
    case SessionError::Exists:
        e.message = tr("%1 already exists; choose another name.").arg(file);
        break;
    case SessionError::Io:
        e.message = tr("%1 could not be used: %2.").arg(file, detail);
        break;
    }
    return e;
}

SessionError SessionFile::inspect(const QString& path)
{
    SessionFile self;
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        struct stat link;
        if (err == ELOOP)
            return self.fail(SessionError::NotRegular, path, tr("it is a link that leads back to itself"));
        if (err == EACCES)
            return self.fail(SessionError::Unreadable, path);
        if (err == ENOENT && ::lstat(native.constData(), &link) == 0)
            return self.fail(SessionError::NotRegular, path,
                             tr("it is a link to %1, which does not exist")
                                 .arg(displayName(QFileInfo(path).symLinkTarget())));
        if (err == ENOENT || err == ENOTDIR)
            return self.fail(SessionError::Missing, path);
        return self.fail(SessionError::Io, path, describeErrno(err));
    }
    if (S_ISDIR(st.st_mode))
        return self.fail(SessionError::NotRegular, path, tr("it is a folder"));
    if (!S_ISREG(st.st_mode))
        return self.fail(SessionError::NotRegular, path, tr("it is a device, pipe or socket, not a file"));
    const QFileInfo info(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return self.fail(SessionError::Unreadable, path);
    const qint64 size = f.size();
    if (size == 0)
        return self.fail(SessionError::Empty, path);
    const QByteArray h = f.read(HeaderSize);
    if (!h.startsWith(QByteArray(Magic, sizeof Magic))) {
        if (QByteArray(Magic, sizeof Magic).startsWith(h))
            return self.fail(SessionError::Truncated, path,
                             tr("only %n byte(s) of its header remain", nullptr, int(size)));
        return self.fail(SessionError::NotSQLite, path);
    }
    if (h.size() < HeaderSize)
        return self.fail(SessionError::Truncated, path,
                         tr("only %n byte(s) of its header remain", nullptr, int(size)));
    if (quint8(h[19]) > 2 || quint8(h[18]) > 2)
        return self.fail(SessionError::Corrupt, path, tr("its header names an unknown file format version"));
    if (qint32(be32(h, 68)) != ApplicationId)
        return self.fail(SessionError::Foreign, path);
    const quint32 version = be32(h, 60);
    if (version > quint32(currentSchemaVersion()))
        return self.fail(SessionError::Newer, path, QString::number(version));
    if (version == 0)
        return self.fail(SessionError::Corrupt, path, tr("its header has no schema version"));
    quint32 pageSize = qFromBigEndian<quint16>(h.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = be32(h, 28);
    const bool pagesValid = be32(h, 24) == be32(h, 92) && pages > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return self.fail(SessionError::Corrupt, path, tr("its header gives an impossible page size"));
    // A crash during a checkpoint can leave page 1 (with the new size) written before the pages
    // after it; the -wal (or a hot -journal) beside the file completes it, and quick_check judges.
    const bool recoverable = QFileInfo::exists(path + QStringLiteral("-wal"))
        || QFileInfo::exists(path + QStringLiteral("-journal"));
    if (pagesValid && !recoverable && qint64(pages) * pageSize > size) {
        return self.fail(
            SessionError::Truncated, path,
            tr("it holds %1 of the %2 bytes its header promises").arg(size).arg(qint64(pages) * pageSize));
    }
    if (!recoverable && size % pageSize != 0)
        return self.fail(SessionError::Truncated, path, tr("it ends part-way through a page"));
    return {};
}

bool SessionFile::isNetworkPath(const QString& path)
{
    if (qEnvironmentVariableIsSet("RT_FORCE_LOCAL_COPY"))
        return true;
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType();
    return type.startsWith("nfs") || type.startsWith("cifs") || type.startsWith("smb")
        || type.startsWith("fuse") || type == "9p" || type == "sshfs" || type == "afs";
}

SessionError SessionFile::openConnection(const QString& path, Mode mode)
{
    const QString name = nextConnectionName();
    QString error;
    if (!db::open(name, path, mode == Mode::ReadOnly, &error))
        return fail(SessionError::Io, m_path, error);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db::harden(db, &error)) {
        db = QSqlDatabase();
        db::close(name);
        return fail(SessionError::Corrupt, m_path, error);
    }
    m_connection = name;
    return {};
}

SessionError SessionFile::verify(const QString& path, bool immutable, int version)
{
    const QString name = nextConnectionName();
    QString error;
    const bool opened
        = immutable ? db::openImmutable(name, path, &error) : db::open(name, path, false, &error);
    if (!opened)
        return fail(SessionError::Corrupt, m_path, error);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db::harden(db, &problem))
            problem = problem.isEmpty() ? tr("it cannot be read") : problem;
        else
            problem = db::FileCheck(&migrationScript, checkDeadlineMs()).run(db, version);
    }
    db::close(name);
    if (!problem.isEmpty())
        return fail(SessionError::Corrupt, m_path, problem);
    return {};
}

SessionError SessionFile::lock(const QString& path)
{
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(200) && m_lock->error() == QLockFile::LockFailedError
        && reclaimDeadLock(*m_lock, m_path + QStringLiteral(".lock")))
        m_lock->tryLock(200);
    if (m_lock->isLocked())
        return {};
    const QLockFile::LockError why = m_lock->error();
    const int err = errno;
    qint64 pid = 0;
    QString host, app;
    const bool held = why == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    if (why != QLockFile::LockFailedError) {
        // The lock file could not even be made: say why, not "someone else has it".
        const qint64 free = QStorageInfo(QFileInfo(m_path).absolutePath()).bytesAvailable();
        const QString reason = free >= 0 && free < 64 * 1024 ? describeErrno(ENOSPC) : describeErrno(err);
        return fail(SessionError::Io, path, tr("its lock file cannot be made (%1)").arg(reason));
    }
    const QString owner = held && pid ? tr("process %1 on %2").arg(pid).arg(host) : tr("unknown owner");
    return fail(SessionError::Locked, path, owner);
}

SessionError SessionFile::open(const QString& path, Mode mode)
{
    close();
    if (SessionError e = inspect(path))
        return e;
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    m_mode = mode;
    if (mode == Mode::ReadWrite) {
        // A file with no write bit was made read-only on purpose; honour that even for root,
        // whom access() would let write anything.
        const bool writeBit
            = info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
        if (!writeBit || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return fail(SessionError::ReadOnlyFile, path);
        if (SessionError e = lock(path))
            return e;
    }

    QFile header(m_path);
    header.open(QIODevice::ReadOnly);
    const QByteArray head = header.read(HeaderSize);
    header.close();
    const int version = int(be32(head, 60));
    const bool walHeader = head.size() > 19 && quint8(head[18]) == 2;
    const bool needsMigration = version < currentSchemaVersion();

    // Refusing a file must leave it, and everything beside it, exactly as it was. So the check
    // reads an immutable view, or, when a -wal or hot -journal must be replayed to see the
    // session, a private copy of the file with it.
    const bool sidecar
        = nonEmpty(m_path + QStringLiteral("-wal")) || nonEmpty(m_path + QStringLiteral("-journal"));
    QString copy;
    QString copyError;
    if (sidecar && (copy = privateCopy(m_path, &copyError)).isEmpty()) {
        m_lock.reset();
        return fail(SessionError::Io, path, tr("could not make a private copy to check (%1)").arg(copyError));
    }
    if (SessionError e = verify(copy.isEmpty() ? m_path : copy, copy.isEmpty(), version)) {
        m_lock.reset();
        if (!copy.isEmpty())
            removeCopy(copy);
        return e;
    }

    // Network folders, and read-only views that must not write anything beside the file (an older
    // schema to upgrade, a WAL with no live writer's -shm), work on a private copy.
    m_workPath = m_path;
    const bool liveWriter = QFileInfo::exists(m_path + QStringLiteral("-shm"))
        && QFileInfo::exists(m_path + QStringLiteral("-wal"));
    const bool localCopy = (mode == Mode::ReadWrite && isNetworkPath(m_path))
        || (mode == Mode::ReadOnly && (needsMigration || ((sidecar || walHeader) && !liveWriter)));
    // The upgrade reaches the user's file (directly, or when the local copy is written back):
    // keep the old version beside it first, and take it away again if the upgrade fails. With a
    // -wal the session is the file and its -wal: the checked copy holds both, folded into one
    // file when its check connection closed (a -wal left beside it means that fold failed).
    QString backup;
    if (needsMigration && mode == Mode::ReadWrite) {
        backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(version);
        for (int i = 2; QFileInfo::exists(backup); ++i)
            backup = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(version).arg(i);
        const QString source = copy.isEmpty() ? m_path : copy;
        if ((!copy.isEmpty() && nonEmpty(copy + QStringLiteral("-wal"))) || !QFile::copy(source, backup)) {
            QFile::remove(backup);
            if (!copy.isEmpty())
                removeCopy(copy);
            m_lock.reset();
            return fail(SessionError::Io, path,
                        tr("could not write the backup %1 before upgrading").arg(displayName(backup)));
        }
    }
    if (localCopy) {
        // Unique per open: two views of one file must never share (or delete) a live database.
        m_workPath = copy.isEmpty() ? privateCopy(m_path, &copyError) : copy;
        copy.clear();
        if (m_workPath.isEmpty()) {
            if (!backup.isEmpty())
                QFile::remove(backup);
            m_lock.reset();
            return fail(SessionError::Io, path,
                        tr("could not make a local working copy (%1)").arg(copyError));
        }
    }
    if (!copy.isEmpty())
        removeCopy(copy);

    const bool sqliteReadOnly = mode == Mode::ReadOnly && !localCopy;
    if (SessionError e = openConnection(m_workPath, sqliteReadOnly ? Mode::ReadOnly : Mode::ReadWrite)) {
        m_lock.reset();
        if (localCopy)
            removeCopy(m_workPath);
        if (!backup.isEmpty())
            QFile::remove(backup);
        m_workPath.clear();
        return e;
    }
    if (needsMigration) {
        if (SessionError e = migrate(version)) {
            close();
            if (!backup.isEmpty())
                QFile::remove(backup);
            return e;
        }
    }
    if (!sqliteReadOnly) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QString error;
        if (!db::setWal(db, &error)) {
            close();
            return fail(SessionError::Io, path, error);
        }
    }
    // No output of this process may replace the file (or its working copy) while it is open.
    files::registerOpenSession(m_path);
    if (m_workPath != m_path)
        files::registerOpenSession(m_workPath);
    return {};
}

SessionError SessionFile::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString error;
    if (!db.transaction())
        return fail(SessionError::Io, m_path, db.lastError().text());
    for (int v = from + 1; v <= currentSchemaVersion(); ++v) {
        if (!db::runScript(db, migrationScript(v), &error) || (v == 7 && !db::fillDueDates(db, &error))) {
            db.rollback();
            return fail(SessionError::Io, m_path,
                        tr("upgrading to schema version %1 failed: %2").arg(v).arg(error));
        }
    }
    if (!db::stamp(db, ApplicationId, currentSchemaVersion(), &error) || !db.commit()) {
        db.rollback();
        return fail(SessionError::Io, m_path, error);
    }
    return {};
}

SessionError SessionFile::createAtVersion(const QString& path, int version)
{
    SessionFile self;
    if (QFileInfo::exists(path))
        return self.fail(SessionError::Exists, path);
    const QString name = nextConnectionName();
    QString error;
    if (!db::create(name, path, &error))
        return self.fail(SessionError::Io, path, error);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        ok = db::harden(db, &error) && db.transaction();
        for (int v = 1; ok && v <= version; ++v)
            ok = db::runScript(db, migrationScript(v), &error);
        ok = ok && db::stamp(db, ApplicationId, version, &error)
            && db::setMeta(db, QStringLiteral("created_with"), createdWith(), &error) && db.commit();
        if (!ok)
            db.rollback();
    }
    db::close(name);
    if (!ok) {
        QFile::remove(path);
        return self.fail(SessionError::Io, path, error);
    }
    return {};
}

SessionError SessionFile::create(const QString& path)
{
    close();
    const QFileInfo info(path);
    if (info.exists())
        return fail(SessionError::Exists, path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(SessionError::Io, path, tr("the folder %1 does not exist").arg(info.absolutePath()));
    if (SessionError e = createAtVersion(path, currentSchemaVersion()))
        return e;
    return open(path, Mode::ReadWrite);
}

SessionError SessionFile::writeBack()
{
    QFile work(m_workPath);
    QSaveFile out(m_path);
    if (!work.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fail(SessionError::Io, m_path, out.errorString());
    while (!work.atEnd()) {
        if (out.write(work.read(1 << 20)) < 0)
            return fail(SessionError::Io, m_path, out.errorString());
    }
    if (!out.commit())
        return fail(SessionError::Io, m_path, out.errorString());
    return {};
}

void SessionFile::close()
{
    if (!m_connection.isEmpty())
        m_closeError = {};
    if (m_connection.isEmpty()) {
        m_lock.reset();
        return;
    }
    files::unregisterOpenSession(m_path);
    if (m_workPath != m_path)
        files::unregisterOpenSession(m_workPath);
    bool folded = true;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && m_mode == Mode::ReadWrite) {
            QString error;
            folded = db::checkpointToSingleFile(db, m_workPath, &error);
            if (!folded) {
                db::keepWalOnClose(db);
                // The main file stays a complete, older session; the -wal beside it holds the rest.
                const QString why = error == QLatin1String("ENOSPC") ? describeErrno(ENOSPC) : error;
                m_closeError
                    = fail(SessionError::Io, m_path,
                           tr("its latest changes could not be folded into it (%1); they are safe in "
                              "%2 beside it. Keep the two files together and open it again once "
                              "there is space")
                               .arg(why, displayName(m_workPath + QStringLiteral("-wal"))));
                qWarning("%s", qPrintable(m_closeError.message));
            }
        }
    }
    db::close(m_connection);
    m_connection.clear();
    if (usesLocalCopy()) {
        bool keep = false;
        if (m_mode == Mode::ReadWrite) {
            if (SessionError e
                = folded ? writeBack() : SessionError {SessionError::Io, {}, tr("the disk is full")}) {
                // The share is gone or full: the local copy now holds the only copy of the edits.
                keep = true;
                m_closeError = fail(SessionError::Io, m_path,
                                    tr("could not write the edits back (%1); they are kept in %2")
                                        .arg(e.detail.isEmpty() ? e.message : e.detail,
                                             QDir::toNativeSeparators(m_workPath)));
                m_closeError.detail = m_workPath;
                qWarning("%s", qPrintable(m_closeError.message));
            }
        }
        if (!keep)
            removeCopy(m_workPath);
    }
    m_workPath.clear();
    m_lock.reset();
}

SessionError SessionFile::saveCopy(const QString& target) const
{
    SessionFile self;
    // Never over the live database (SQLite would go on writing to an unlinked file with a WAL
    // that now pairs with another one), its local copy, or any other session: checked by file
    // identity, so a link to the session is refused too (files::checkTarget).
    const QStringList inputs {m_path, m_workPath};
    const auto refused = [&](const QString& why) {
        SessionError e = self.fail(SessionError::Exists, target);
        e.message = why;
        return e;
    };
    if (files::sameFile(target, m_path) || files::sameFile(target, m_workPath))
        return refused(
            tr("%1 is the open session itself; choose another name for the copy.").arg(displayName(target)));
    if (const QString why = files::checkTarget(target, inputs); !why.isEmpty())
        return refused(why);
    const auto failed = [&](SessionError::Code code, const QString& said) {
        SessionError e = self.fail(code, target, said);
        e.message = files::writeFailure(target, 0, said);
        return e;
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QTemporaryDir tmp(QFileInfo(target).absolutePath() + QStringLiteral("/.roundtable-copy-XXXXXX"));
    if (!tmp.isValid())
        return failed(SessionError::Io, tmp.errorString());
    const QString staging = tmp.filePath(QStringLiteral("copy.roundtable"));
    QString error;
    if (!db::vacuumInto(db, staging, &error))
        return failed(SessionError::Io, error);
    {
        // VACUUM INTO leaves the copy unsynced and unchecked: check it before it replaces anything.
        const QString name = nextConnectionName();
        if (!db::open(name, staging, true, &error))
            return failed(SessionError::Io, error);
        QSqlDatabase copy = QSqlDatabase::database(name, false);
        const QString check = db::quickCheck(copy);
        copy = QSqlDatabase();
        db::close(name);
        if (check != QLatin1String("ok"))
            return self.fail(SessionError::Corrupt, target, check);
    }
    QFile in(staging);
    if (!in.open(QIODevice::ReadOnly))
        return failed(SessionError::Io, in.errorString());
    files::SafeOutput out(target, inputs);
    if (!out.open())
        return refused(out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            out.fail(files::writeFailure(target, 0, in.errorString()));
        if (out.failed() || !out.write(chunk))
            break;
    }
    // The copy is a session now being written: commit() checks the target again, not the copy.
    if (!out.commit()) {
        SessionError e = self.fail(SessionError::Io, target, out.errorString());
        e.message = out.errorString();
        return e;
    }
    return {};
}

} // namespace rt
