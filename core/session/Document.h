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

    /** Runs @p command (redo) and keeps it for undo; refused when read-only. */
    bool push(QUndoCommand* command);

signals:
    void opened();
    void aboutToClose();
    void refused(const QString& message);

private:
    SessionError attach(SessionError result);

    SessionFile m_file;
    std::unique_ptr<Store> m_store;
    QUndoStack m_undo;
};

} // namespace rt
