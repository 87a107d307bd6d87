// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionActions.h"

#include "session/Document.h"
#include "shell/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QVariant>

namespace rt {

namespace {

bool samePath(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

SessionActions::SessionActions(Hooks hooks, bool useSettings)
    : m_hooks(std::move(hooks))
    , m_useSettings(useSettings)
{ }

QString SessionActions::suffix()
{
    return QStringLiteral(".roundtable");
}

QString SessionActions::withSuffix(QString path)
{
    if (!path.isEmpty() && !path.endsWith(suffix(), Qt::CaseInsensitive))
        path += suffix();
    return path;
}

QString SessionActions::startFolder() const
{
    QString folder
        = m_useSettings ? Settings::instance().value(Settings::LastOpenFolder).toString() : QString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder;
}

Document* SessionActions::openSession() const
{
    Document* document = m_hooks.current();
    return document && document->isOpen() ? document : nullptr;
}

void SessionActions::rememberRecent(const QString& path)
{
    if (!m_useSettings)
        return;
    Settings::instance().addRecentFile(path);
    Settings::instance().setValue(Settings::LastOpenFolder, QFileInfo(path).absolutePath());
}

void SessionActions::refuse(const QString& title, const QString& text)
{
    m_hooks.ask({QMessageBox::Warning, title, text, {}, false, false});
}

bool SessionActions::open(const QString& path, SessionFile::Mode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Document* current = openSession(); current && samePath(current->path(), absolute)) {
        // Already on screen (editing covers looking); only a read-only view may be reopened for editing.
        if (!current->isReadOnly() || mode == SessionFile::Mode::ReadOnly)
            return true;
    }
    auto next = std::make_unique<Document>();
    const SessionError error = next->open(absolute, mode);
    if (!error) {
        m_hooks.show(std::move(next));
        rememberRecent(absolute);
        return true;
    }
    Message message;
    message.title = tr("Cannot open session");
    message.text = error.message;
    if ((error.code == SessionError::Locked || error.code == SessionError::ReadOnlyFile)
        && mode == SessionFile::Mode::ReadWrite) {
        message.icon = QMessageBox::Warning;
        message.informativeText
            = tr("You can open it read-only to look at it and copy it; changes will not be possible.");
        message.offerReadOnly = true;
        if (m_hooks.ask(message) == Choice::OpenReadOnly)
            return open(absolute, SessionFile::Mode::ReadOnly);
        return false;
    }
    message.icon = QMessageBox::Critical;
    message.informativeText = error.detail.isEmpty()
        ? tr("The file has not been changed.")
        : tr("%1\nThe file has not been changed.").arg(error.detail);
    m_hooks.ask(message);
    return false;
}

bool SessionActions::openRecent(const QString& path)
{
    if (QFileInfo::exists(path))
        return open(path);
    if (m_useSettings)
        Settings::instance().removeRecentFile(path);
    m_hooks.recentChanged();
    refuse(tr("Open Recent"),
           tr("%1 no longer exists; it has been removed from the recent sessions.")
               .arg(QDir::toNativeSeparators(path)));
    return false;
}

bool SessionActions::create(const Templates::Template& chosen, const QString& target)
{
    if (Document* current = openSession(); current && samePath(target, current->path())) {
        refuse(
            tr("New Session"),
            tr("%1 is the session that is open; choose another name.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    // Never by deleting what is there: it may be a session, even the open one.
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        refuse(tr("New Session"),
               tr("%1 already exists; a new session never replaces a file. Choose another name.")
                   .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    const SessionError error = Templates::create(chosen, target);
    if (error) {
        m_hooks.ask({QMessageBox::Critical, tr("New Session"), error.message, error.detail, false, false});
        return false;
    }
    return open(target);
}

bool SessionActions::saveCopy(const QString& target)
{
    Document* current = openSession();
    if (!current)
        return false;
    if (samePath(target, current->path())) {
        refuse(tr("Save a Copy"),
               tr("%1 is the session itself; choose another name for the copy.")
                   .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    const SessionError error = current->file().saveCopy(target);
    if (error) {
        m_hooks.ask({QMessageBox::Critical, tr("Save a Copy"), error.message, error.detail, false, false});
        return false;
    }
    return true;
}

bool SessionActions::prepareToCloseWindow()
{
    Document* current = openSession();
    if (!current || !current->hasSaveFailure())
        return true;
    // A change that never reached the file is lost on closing: say so, unless it gets through now.
    if (!qApp->property("rt_quitNow").toBool()) {
        Message message;
        message.icon = QMessageBox::Warning;
        message.title = tr("Changes Not Saved");
        message.text = current->saveFailure();
        message.informativeText = tr("If you close now, the change that could not be saved is lost; "
                                     "everything saved before it stays in the file. To keep it, free "
                                     "some space and send it again, then close.");
        message.offerCloseAnyway = true;
        if (m_hooks.ask(message) != Choice::CloseAnyway)
            return false;
    }
    // Close now, while there is a window to say whether the file could be folded into one (asked
    // again: a retry may have got through while the question was open).
    Document* document = openSession();
    if (!document || !document->hasSaveFailure())
        return true;
    document->close();
    if (const SessionError e = document->file().closeError()) {
        Message message;
        message.icon = QMessageBox::Warning;
        message.title = tr("Session Closed");
        message.text = e.message;
        m_hooks.ask(message);
    }
    return true;
}

} // namespace rt
