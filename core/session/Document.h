// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SessionFile.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace rt {

class Store;

/**
 * An open session: the file, its store and its undo stack. Every edit is a QUndoCommand
 * pushed here; each command commits through the store at once, so there is nothing to save.
 */
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    SessionError open(const QString& path, SessionFile::Mode mode = SessionFile::Mode::ReadWrite);
    SessionError create(const QString& path);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    bool isReadOnly() const { return m_file.isReadOnly(); }
    QString path() const { return m_file.path(); }
    SessionFile& file() { return m_file; }
    Store* store() const { return m_store.get(); }
    QUndoStack* undoStack() { return &m_undo; }

    /** Runs @p command (redo) and keeps it for undo.
     *  @return false when it was refused (read-only) or did not reach the disk: the caller keeps
     *  what the user typed, and saveFailed() has said why */
    bool push(QUndoCommand* command);

    /** True from a write that failed until an edit reaches the file again. */
    bool hasSaveFailure() const { return !m_saveFailure.isEmpty(); }
    QString saveFailure() const { return m_saveFailure; }
    /** Tries a small write that changes nothing: true when the file takes writes again. It does
     *  not clear the failure (a bigger edit may still not fit); the next edit that gets through does. */
    bool retrySave();

signals:
    void opened();
    void aboutToClose();
    void refused(const QString& message);
    /** A write did not reach the file (disk full, file gone…): @p message says what and why. */
    void saveFailed(const QString& message);
    /** Writes reach the file again after a saveFailed(). */
    void saveRecovered();

private:
    SessionError attach(SessionError result);
    void onStoreFailed(const QString& detail);
    void onCommitted();
    void onIndexChanged();
    /** False once another program has replaced or removed the open file. */
    bool stillOurFile();

    SessionFile m_file;
    std::unique_ptr<Store> m_store;
    QUndoStack m_undo;
    QString m_saveFailure;
    bool m_inPush = false;
    bool m_creating = false;
    bool m_probing = false;
    bool m_storageFailurePending = false;
    bool m_failedOutsidePush = false;
    quint64 m_device = 0, m_inode = 0; ///< what was opened, to notice it being replaced
};

} // namespace rt
