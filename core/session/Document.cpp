// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Document.h"

#include "store/Store.h"

namespace rt {

Document::Document(QObject* parent)
    : QObject(parent)
{ }

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
    connect(m_store.get(), &Store::failed, this, &Document::refused);
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
    return attach(m_file.create(path));
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
    m_undo.push(owned.release());
    return true;
}

} // namespace rt
