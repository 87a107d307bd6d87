// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Document.h"

#include "store/ChangeCapture.h"
#include "store/RoomRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <sys/stat.h>
#include <utility>

namespace rt {

Document::Document(QObject* parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::indexChanged, this, &Document::onIndexChanged);
}

Document::~Document()
{
    close();
}

SessionError Document::attach(SessionError result)
{
    if (result)
        return result;
    m_store = std::make_unique<Store>(m_file.connectionName());
    m_store->setReadOnly(m_file.isReadOnly());
    if (!m_file.isReadOnly()) {
        m_store->setFilePath(m_file.workPath());
        // Every edit waits in the file's outbox until a room's host has it (or, on the host, joins
        // the room's log), written in the edit's own transaction. Not in a file being made: what
        // it starts with is the base every copy of it shares.
        if (!m_creating && ChangeCapture::available()) {
            const bool host
                = RoomRepository(*m_store).value(QStringLiteral("room_role")) == QLatin1String("host");
            m_store->setCapture(host ? Store::Capture::Log : Store::Capture::Outbox);
        }
    }
    m_saveFailure.clear();
    struct stat st;
    if (::stat(QFile::encodeName(m_file.workPath()).constData(), &st) == 0) {
        m_device = quint64(st.st_dev);
        m_inode = quint64(st.st_ino);
    }
    // storageFailed() comes just before the failed() that reports the same error in SQLite's
    // words: the user sees ours.
    connect(m_store.get(), &Store::storageFailed, this, &Document::onStoreFailed);
    connect(m_store.get(), &Store::failed, this, [this](const QString& message) {
        emit refused(std::exchange(m_storageFailurePending, false) ? m_saveFailure : message);
    });
    connect(m_store.get(), &Store::committed, this, &Document::onCommitted);
    emit opened();
    return {};
}

SessionError Document::open(const QString& path, SessionFile::Mode mode)
{
    close();
    return attach(m_file.open(path, mode));
}

SessionError Document::create(const QString& path)
{
    close();
    m_creating = true;
    const SessionError e = attach(m_file.create(path));
    m_creating = false;
    return e;
}

void Document::close()
{
    if (!m_store)
        return;
    emit aboutToClose();
    m_undo.clear();
    m_store.reset();
    m_file.close();
    // A local copy that could not be written back holds the only copy of the edits: say where.
    if (const SessionError e = m_file.closeError())
        emit refused(e.message);
}

bool Document::push(QUndoCommand* command)
{
    std::unique_ptr<QUndoCommand> owned(command);
    if (!m_store || m_file.isReadOnly()) {
        emit refused(tr("This session is open read-only; changes are not possible."));
        return false;
    }
    // A command whose write fails marks itself obsolete, and QUndoStack then drops it.
    const quint64 before = m_store->failureCount();
    m_inPush = true;
    m_undo.push(owned.release());
    m_inPush = false;
    return m_store && m_store->failureCount() == before;
}

bool Document::retrySave()
{
    if (!m_store || m_file.isReadOnly())
        return false;
    m_probing = true;
    const bool ok = m_store->probeWrite();
    m_probing = false;
    return ok && stillOurFile();
}

bool Document::stillOurFile()
{
    if (m_inode == 0)
        return true;
    struct stat st;
    const bool same = ::stat(QFile::encodeName(m_file.workPath()).constData(), &st) == 0
        && quint64(st.st_dev) == m_device && quint64(st.st_ino) == m_inode;
    if (same)
        return true;
    // SQLite goes on writing to the old, unlinked file, which is gone once it closes.
    const QString message = tr("%1 was replaced or removed by another program. This window still holds "
                               "the session: use File ▸ Save a Copy to keep it.")
                                .arg(QDir::toNativeSeparators(m_file.path()));
    if (m_saveFailure != message) {
        m_saveFailure = message;
        emit saveFailed(message);
        emit refused(message);
    }
    return false;
}

void Document::onStoreFailed(const QString& detail)
{
    m_storageFailurePending = true;
    if (m_probing && hasSaveFailure())
        return; // still failing: already said
    if (!m_inPush)
        m_failedOutsidePush = true;
    QString reason = detail;
    if (detail.contains(QLatin1String("full"), Qt::CaseInsensitive))
        reason = SessionFile::describeErrno(ENOSPC);
    m_saveFailure = tr("The last change could not be saved to %1: %2.")
                        .arg(QDir::toNativeSeparators(m_file.path()), reason);
    emit saveFailed(m_saveFailure);
}

void Document::onCommitted()
{
    m_failedOutsidePush = false;
    if (m_probing || !stillOurFile() || m_saveFailure.isEmpty())
        return;
    m_saveFailure.clear();
    emit saveRecovered();
}

void Document::onIndexChanged()
{
    // An undo or redo that could not be written leaves the history out of step with the file,
    // and replaying it could add a row twice. The file is the truth: drop the history instead.
    if (!m_failedOutsidePush)
        return;
    m_failedOutsidePush = false;
    QMetaObject::invokeMethod(
        this, [this] { m_undo.clear(); }, Qt::QueuedConnection);
}

} // namespace rt
