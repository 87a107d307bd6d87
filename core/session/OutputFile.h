// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

class QIODevice;

/**
 * The one place where Roundtable decides whether a file may be written, writes it, and says why
 * it could not. Every command and every window that writes a file goes through here:
 *
 *  - checkTarget() refuses a target that is an input of the command, a session open in this
 *    process, any Roundtable session or SQLite database, a live database (its -wal, -journal or
 *    .lock beside it), anything that is not a regular file (device, pipe, socket, folder), and
 *    a broken or looping link. Inputs are compared by file identity (device and inode, links
 *    followed), so a hard link or symlink to an input is refused too.
 *  - SafeOutput replaces (or creates) an ordinary file atomically through QSaveFile, checking the
 *    target again just before the commit; on failure nothing is left behind and the message says
 *    what happened in the user's words ("the disk is full", "permission denied" …).
 *  - publishNew() makes a finished file appear under a name that must not exist yet (a new
 *    session from `load`, `new` or `merge`): of two concurrent creators exactly one wins, and an
 *    existing file is never replaced or truncated.
 *
 * Every message is one translated line naming the file the user chose (never an internal
 * temporary name) and the reason.
 */
namespace rt::files {

/** Notes that @p path is a session open in this process; checkTarget() refuses it (by identity)
 *  until unregisterOpenSession(). Thread-safe; registrations are counted. */
void registerOpenSession(const QString& path);
void unregisterOpenSession(const QString& path);

/**
 * Whether @p target may be created or replaced by an export or a copy.
 * @param inputs the files the command reads: the target must not be any of them (by identity)
 * @return empty when it may; otherwise one translated line naming the file and the reason
 */
QString checkTarget(const QString& target, const QStringList& inputs = {});

/** Whether @p a and @p b name the same existing file (device and inode, links followed). */
bool sameFile(const QString& a, const QString& b);

/**
 * Whether a NEW file may be created at @p target (load, new, merge): nothing may exist there, not
 * even a broken link, and its folder must exist.
 * @return empty when it may; otherwise one translated line naming the file and the reason
 */
QString checkNewTarget(const QString& target);

/**
 * Why writing @p target failed, in the user's words: @p err (an errno value) mapped when known
 * ("the disk is full", "permission denied", "the disk is read-only", "the folder … does not
 * exist"); otherwise what the target's folder and disk say; otherwise @p fallback; never empty.
 */
QString failureReason(const QString& target, int err = 0, const QString& fallback = {});

/** "@p target could not be written: <failureReason()>." — one translated line. */
QString writeFailure(const QString& target, int err = 0, const QString& fallback = {});

/** "@p target already exists; choose another name." */
QString alreadyExists(const QString& target);

/**
 * Atomically makes the finished file @p finishedTemp appear at @p target, only if nothing exists
 * there: renameat2(RENAME_NOREPLACE), or where the filesystem cannot, link() then unlink(); never
 * a copy. On failure @p finishedTemp and its -wal/-shm/-journal/.lock siblings are removed.
 * @return false with @p error: "… already exists; choose another name." or the reason
 */
bool publishNew(const QString& finishedTemp, const QString& target, QString* error);

/** Removes @p path and the -wal, -shm, -journal and .lock files SQLite and QLockFile put beside it. */
void removeWithSiblings(const QString& path);

/**
 * An output file written all or nothing (QSaveFile underneath): open(), write through device()
 * or write(), then commit(). The target is checked with checkTarget() before it is opened and
 * again just before the commit. Destroying it without a commit discards everything written.
 *
 * Usable on any thread (one object per thread).
 */
class SafeOutput
{
    Q_DISABLE_COPY_MOVE(SafeOutput)
public:
    explicit SafeOutput(const QString& target, const QStringList& inputs = {});
    ~SafeOutput();

    /** Checks the target and opens the temporary file; false with errorString(). */
    bool open();
    /** The device to write to (random access); valid after a successful open(). */
    QIODevice* device();
    /** Writes all of @p bytes; false with errorString() on a short or failed write. */
    bool write(const QByteArray& bytes);
    /** Checks the target again and replaces it atomically; false with errorString(). */
    bool commit();
    /** Discards everything written; the target is untouched. */
    void cancel();
    /** Marks the output as failed with @p message (e.g. an encoder's own error); commit() refuses. */
    void fail(const QString& message);

    bool failed() const;
    /** One translated line naming the target and the reason; empty while nothing failed. */
    QString errorString() const;
    QString target() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** Writes @p bytes to @p target through SafeOutput; false with @p error. */
bool writeFile(const QString& target, const QByteArray& bytes, const QStringList& inputs, QString* error);

/**
 * Writes several files as one: every target is checked and written in full before any is
 * committed, so a failure (full disk, refused target) leaves none of them changed.
 */
bool writeFiles(const QList<std::pair<QString, QByteArray>>& files, const QStringList& inputs,
                QString* error);

} // namespace rt::files
