// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QMutex>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif

namespace rt::files {

namespace {

/** The translation context of every message here. */
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

/** Below this, a write that failed for no stated reason is put down to a full disk. */
constexpr qint64 LowSpace = 64 * 1024;

constexpr char SQLiteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr quint32 RoundtableApplicationId = 0x52746162; // SessionFile::ApplicationId, "Rtab"

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

QString folderOf(const QString& path)
{
    return QFileInfo(path).absolutePath();
}

struct Identity
{
    dev_t dev = 0;
    ino_t ino = 0;
    bool valid = false;

    bool operator==(const Identity& o) const { return valid && o.valid && dev == o.dev && ino == o.ino; }
    bool operator!=(const Identity& o) const { return !(*this == o); }
};

/** The file @p path names, links followed. */
Identity identityOf(const QString& path)
{
    struct stat st;
    if (path.isEmpty() || ::stat(native(path).constData(), &st) != 0)
        return {};
    return {st.st_dev, st.st_ino, true};
}

bool existsNoFollow(const QString& path)
{
    struct stat st;
    return ::lstat(native(path).constData(), &st) == 0;
}

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, int>& registry()
{
    static QHash<QString, int> paths;
    return paths;
}

QString key(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

bool isOpenSession(const Identity& target)
{
    QMutexLocker lock(&registryMutex());
    for (auto it = registry().cbegin(); it != registry().cend(); ++it) {
        if (identityOf(it.key()) == target)
            return true;
    }
    return false;
}

enum class Content { Other, Session, SQLite, Unreadable, NotRegular };

/** What the regular file @p path holds. Opened without blocking, so a pipe swapped in never hangs. */
Content contentOf(const QString& path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Content::Unreadable;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Content::NotRegular;
    }
    char header[72];
    qint64 got = 0;
    while (got < qint64(sizeof header)) {
        const ssize_t n = ::read(fd, header + got, sizeof header - size_t(got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    if (got < qint64(sizeof SQLiteMagic) || std::memcmp(header, SQLiteMagic, sizeof SQLiteMagic) != 0)
        return Content::Other;
    if (got >= 72) {
        const auto* h = reinterpret_cast<const unsigned char*>(header);
        const quint32 id = quint32(h[68]) << 24 | quint32(h[69]) << 16 | quint32(h[70]) << 8 | quint32(h[71]);
        if (id == RoundtableApplicationId)
            return Content::Session;
    }
    return Content::SQLite;
}

QString missingFolder(const QString& target)
{
    return OutputFile::tr("%1 could not be written: the folder %2 does not exist.")
        .arg(shown(target), shown(folderOf(target)));
}

} // namespace

void registerOpenSession(const QString& path)
{
    if (path.isEmpty())
        return;
    QMutexLocker lock(&registryMutex());
    ++registry()[key(path)];
}

void unregisterOpenSession(const QString& path)
{
    if (path.isEmpty())
        return;
    QMutexLocker lock(&registryMutex());
    const auto it = registry().find(key(path));
    if (it != registry().end() && --it.value() <= 0)
        registry().erase(it);
}

QString alreadyExists(const QString& target)
{
    return OutputFile::tr("%1 already exists; choose another name.").arg(shown(target));
}

QString failureReason(const QString& target, int err, const QString& fallback)
{
    const QString folder = folderOf(target);
    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return OutputFile::tr("the disk is full");
    case EFBIG:
        return OutputFile::tr("the file is too large for this disk");
    case EACCES:
    case EPERM:
        return OutputFile::tr("permission denied");
    case EROFS:
        return OutputFile::tr("the disk is read-only");
    case ENOENT:
    case ENOTDIR:
        return OutputFile::tr("the folder %1 does not exist").arg(shown(folder));
    case EISDIR:
        return OutputFile::tr("it is a folder");
    case ENAMETOOLONG:
        return OutputFile::tr("the name is too long");
    case EEXIST:
        return OutputFile::tr("it already exists");
    case EIO:
        return OutputFile::tr("the disk reported an input/output error");
    default:
        break;
    }
    // No usable errno (QSaveFile, QuaZip and SQLite often have none): what they said, if it is
    // one of the known words for a full disk, then the folder and the disk themselves.
    const QString said = fallback.trimmed();
    if (said.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
        || said.contains(QLatin1String("No space left"), Qt::CaseInsensitive))
        return OutputFile::tr("the disk is full");
    if (!QFileInfo(folder).isDir())
        return OutputFile::tr("the folder %1 does not exist").arg(shown(folder));
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly())
        return OutputFile::tr("the disk is read-only");
    if (::access(native(folder).constData(), W_OK | X_OK) != 0 && errno == EACCES)
        return OutputFile::tr("permission denied");
    if (existsNoFollow(target) && ::access(native(target).constData(), W_OK) != 0 && errno == EACCES)
        return OutputFile::tr("permission denied");
    if (storage.isValid() && storage.bytesAvailable() < LowSpace)
        return OutputFile::tr("the disk is full");
    if (err != 0)
        return qt_error_string(err);
    if (!said.isEmpty() && said != QLatin1String("Unknown error"))
        return said;
    return OutputFile::tr("the system gave no reason");
}

QString writeFailure(const QString& target, int err, const QString& fallback)
{
    return OutputFile::tr("%1 could not be written: %2.")
        .arg(shown(target), failureReason(target, err, fallback));
}

QString checkTarget(const QString& target, const QStringList& inputs)
{
    if (target.isEmpty())
        return OutputFile::tr("No output file was named.");
    const QString name = shown(target);
    struct stat lst;
    if (::lstat(native(target).constData(), &lst) != 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return QFileInfo(folderOf(target)).isDir() ? QString() : missingFolder(target);
        return writeFailure(target, err);
    }
    struct stat st;
    if (::stat(native(target).constData(), &st) != 0) {
        const int err = errno;
        if (err == ELOOP)
            return OutputFile::tr("%1 is a link that leads back to itself; choose another name.").arg(name);
        if (err == ENOENT && S_ISLNK(lst.st_mode))
            return OutputFile::tr("%1 is a link to a file that does not exist; choose another name.")
                .arg(name);
        return writeFailure(target, err);
    }
    if (S_ISDIR(st.st_mode))
        return OutputFile::tr("%1 is a folder; choose a file name.").arg(name);
    if (!S_ISREG(st.st_mode))
        return OutputFile::tr(
                   "%1 is not a regular file (it is a device, pipe or socket); choose another name.")
            .arg(name);

    const Identity id {st.st_dev, st.st_ino, true};
    for (const QString& input : inputs) {
        if (identityOf(input) != id)
            continue;
        if (QFileInfo(input).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
            return OutputFile::tr(
                       "%1 is the file being read; an output never replaces its input. Choose another name.")
                .arg(name);
        return OutputFile::tr(
                   "%1 is the same file as %2, which is being read; an output never replaces its input. "
                   "Choose another name.")
            .arg(name, shown(input));
    }
    if (isOpenSession(id))
        return OutputFile::tr("%1 is a session open in Roundtable; choose another name.").arg(name);

    // A live database: its journal or lock beside it (by the name given, and the file it leads to).
    QStringList bases {target};
    const QString canonical = QFileInfo(target).canonicalFilePath();
    if (!canonical.isEmpty() && canonical != QFileInfo(target).absoluteFilePath())
        bases << canonical;
    for (const QString& base : std::as_const(bases)) {
        for (const char* suffix : {"-wal", "-journal", ".lock"}) {
            const QString sibling = base + QLatin1String(suffix);
            if (existsNoFollow(sibling))
                return OutputFile::tr("%1 is a database in use (%2 is beside it); choose another name.")
                    .arg(name, QFileInfo(sibling).fileName());
        }
    }

    switch (contentOf(target)) {
    case Content::Session:
        return OutputFile::tr("%1 is a Roundtable session file; an export or copy never replaces a session. "
                              "Choose another name.")
            .arg(name);
    case Content::SQLite:
        return OutputFile::tr(
                   "%1 is an SQLite database; Roundtable never writes over one. Choose another name.")
            .arg(name);
    case Content::Unreadable:
        return OutputFile::tr(
                   "%1 cannot be read, so it cannot be checked before it is replaced; choose another name.")
            .arg(name);
    case Content::NotRegular:
        return OutputFile::tr(
                   "%1 is not a regular file (it is a device, pipe or socket); choose another name.")
            .arg(name);
    case Content::Other:
        break;
    }
    return {};
}

bool sameFile(const QString& a, const QString& b)
{
    return identityOf(a) == identityOf(b);
}

QString checkNewTarget(const QString& target)
{
    if (target.isEmpty())
        return OutputFile::tr("No output file was named.");
    if (existsNoFollow(target))
        return alreadyExists(target);
    if (!QFileInfo(folderOf(target)).isDir())
        return missingFolder(target);
    return {};
}

void removeWithSiblings(const QString& path)
{
    for (const char* extra : {"", "-wal", "-shm", "-journal", ".lock"})
        ::unlink(native(path + QLatin1String(extra)).constData());
}

bool publishNew(const QString& finishedTemp, const QString& target, QString* error)
{
    const QByteArray from = native(finishedTemp);
    const QByteArray to = native(target);
    if (::syscall(SYS_renameat2, AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return true;
    int err = errno;
    if (err == EINVAL || err == ENOSYS || err == ENOTSUP) {
        // The filesystem cannot rename without replacing: a hard link never replaces either.
        if (::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
            return true;
        }
        err = errno;
        if (err == EPERM || err == ENOTSUP || err == ENOSYS) {
            // No hard links either (e.g. FAT): claim the name with an exclusive create, then
            // replace our own empty claim atomically. Never a copy.
            const int fd = ::open(to.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
            if (fd >= 0) {
                ::close(fd);
                if (::rename(from.constData(), to.constData()) == 0)
                    return true;
                err = errno;
                ::unlink(to.constData());
            } else {
                err = errno;
            }
        }
    }
    removeWithSiblings(finishedTemp);
    if (error) {
        *error = err == EEXIST
            ? alreadyExists(target)
            : OutputFile::tr("%1 could not be created: %2.").arg(shown(target), failureReason(target, err));
    }
    return false;
}

// ---------------------------------------------------------------------------------------------

namespace {

/**
 * The device writers see: forwards to the QSaveFile and notes errno at the first failed or
 * short write, while the temporary file still holds its space (so a full disk can be told).
 */
class GuardedDevice : public QIODevice
{
public:
    GuardedDevice(QSaveFile* file, std::function<void(int)> failed)
        : m_file(file)
        , m_failed(std::move(failed))
    { }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file->size(); }
    bool seek(qint64 pos) override
    {
        errno = 0;
        if (!m_file->seek(pos)) {
            failWith(errno);
            return false;
        }
        return QIODevice::seek(pos);
    }
    bool broken() const { return m_broken; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override
    {
        if (m_broken)
            return -1;
        errno = 0;
        const qint64 n = m_file->write(data, len);
        if (n != len) {
            failWith(errno);
            return -1;
        }
        return n;
    }

private:
    void failWith(int err)
    {
        if (m_broken)
            return;
        m_broken = true;
        m_failed(err);
    }

    QSaveFile* m_file;
    std::function<void(int)> m_failed;
    bool m_broken = false;
};

} // namespace

struct SafeOutput::Private
{
    QString target;
    QStringList inputs;
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<GuardedDevice> device;
    QString error;

    void discard()
    {
        if (device)
            device->close();
        device.reset();
        if (file)
            file->cancelWriting();
        file.reset(); // QSaveFile removes its temporary file
    }
};

SafeOutput::SafeOutput(const QString& target, const QStringList& inputs)
    : d(std::make_unique<Private>())
{
    d->target = target;
    d->inputs = inputs;
}

SafeOutput::~SafeOutput()
{
    d->discard();
}

bool SafeOutput::open()
{
    d->discard();
    d->error.clear();
    if (const QString refusal = checkTarget(d->target, d->inputs); !refusal.isEmpty()) {
        d->error = refusal;
        return false;
    }
    d->file = std::make_unique<QSaveFile>(d->target);
    errno = 0;
    if (!d->file->open(QIODevice::WriteOnly)) {
        d->error = writeFailure(d->target, errno, d->file->errorString());
        d->discard();
        return false;
    }
    d->device = std::make_unique<GuardedDevice>(d->file.get(), [this](int err) {
        if (d->error.isEmpty())
            d->error = writeFailure(d->target, err, d->file ? d->file->errorString() : QString());
    });
    d->device->open(QIODevice::WriteOnly);
    return true;
}

QIODevice* SafeOutput::device()
{
    return d->device.get();
}

bool SafeOutput::write(const QByteArray& bytes)
{
    if (!d->device || failed()) {
        if (d->error.isEmpty())
            d->error = writeFailure(d->target);
        return false;
    }
    return d->device->write(bytes) == bytes.size() && !failed();
}

bool SafeOutput::commit()
{
    if (!d->file || !d->device) {
        if (d->error.isEmpty())
            d->error = writeFailure(d->target);
        return false;
    }
    if (failed()) {
        d->discard();
        return false;
    }
    // The target may have changed since open(): a session, a link to an input, a pipe…
    if (const QString refusal = checkTarget(d->target, d->inputs); !refusal.isEmpty()) {
        d->error = refusal;
        d->discard();
        return false;
    }
    d->device->close();
    errno = 0;
    if (!d->file->flush()) {
        // Judged while the temporary file still holds its space.
        d->error = writeFailure(d->target, errno, d->file->errorString());
        d->discard();
        return false;
    }
    errno = 0;
    const bool ok = d->file->commit();
    const int err = errno;
    if (!ok)
        d->error = writeFailure(d->target, err, d->file->errorString());
    d->device.reset();
    d->file.reset();
    return ok;
}

void SafeOutput::cancel()
{
    d->discard();
}

void SafeOutput::fail(const QString& message)
{
    if (d->error.isEmpty())
        d->error = message.isEmpty() ? writeFailure(d->target) : message;
}

bool SafeOutput::failed() const
{
    return !d->error.isEmpty();
}

QString SafeOutput::errorString() const
{
    return d->error;
}

QString SafeOutput::target() const
{
    return d->target;
}

bool writeFile(const QString& target, const QByteArray& bytes, const QStringList& inputs, QString* error)
{
    return writeFiles({{target, bytes}}, inputs, error);
}

bool writeFiles(const QList<std::pair<QString, QByteArray>>& files, const QStringList& inputs, QString* error)
{
    std::vector<std::unique_ptr<SafeOutput>> outputs;
    for (const auto& [target, bytes] : files) {
        outputs.push_back(std::make_unique<SafeOutput>(target, inputs));
        SafeOutput& out = *outputs.back();
        if (!out.open() || !out.write(bytes)) {
            if (error)
                *error = out.errorString();
            return false; // every output so far is discarded, none was committed
        }
    }
    for (auto& out : outputs) {
        if (!out->commit()) {
            if (error)
                *error = out->errorString();
            return false;
        }
    }
    return true;
}

} // namespace rt::files
