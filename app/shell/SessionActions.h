// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Templates.h"
#include "session/SessionFile.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <functional>
#include <memory>

namespace rt {

class Document;

/**
 * The rules for opening, creating, copying and closing a session file, apart from the window
 * that shows them: which file may be opened and how (read-write, or read-only when it is locked
 * or cannot be written), that a new session never replaces a file, that a copy is never the
 * session itself, that closing with a change not yet in the file asks first, and which files
 * the recent list keeps.
 *
 * It shows no widget: the window puts its messages to the user (Hooks::ask), takes the sessions
 * it opens (Hooks::show) and runs the file dialogs itself. A file is opened into a fresh
 * Document first, so a refused file leaves the session on screen as it was.
 */
class SessionActions
{
    Q_DECLARE_TR_FUNCTIONS(SessionActions)
public:
    /** What a message asks the user (Hooks::ask answers it). */
    struct Message
    {
        QMessageBox::Icon icon = QMessageBox::Information;
        QString title;
        QString text; ///< one line naming the file and the reason
        QString informativeText; ///< what the user can do
        bool offerReadOnly = false;
        bool offerCloseAnyway = false; ///< Close Anyway / Cancel
    };
    enum class Choice { Ok, OpenReadOnly, CloseAnyway, Cancel };

    /** What the rules need from the window that shows them. */
    struct Hooks
    {
        /** The session on screen, or null. */
        std::function<Document*()> current;
        /** Puts @p message to the user and returns the choice. */
        std::function<Choice(const Message&)> ask;
        /** Puts a session just opened on screen, in place of the one there. */
        std::function<void(std::unique_ptr<Document>)> show;
        /** The recent sessions changed (a list of them is on screen). */
        std::function<void()> recentChanged;
    };

    /** @param useSettings false: neither read nor write the user's settings (recent files, folder) */
    SessionActions(Hooks hooks, bool useSettings);

    /** The file name ending of a session, ".roundtable". */
    static QString suffix();
    /** @p path with the session suffix added unless it has it (an empty path stays empty). */
    static QString withSuffix(QString path);
    /** Where a file dialog starts: the folder of the last session opened, else Documents. */
    QString startFolder() const;

    /** Opens @p path (refusals are explained through Hooks::ask; Locked and ReadOnlyFile offer a
     *  read-only view). A file already on screen is not opened again, except a read-only view
     *  asked for read-write. @return whether @p path is on screen */
    bool open(const QString& path, SessionFile::Mode mode = SessionFile::Mode::ReadWrite);
    /** Opens a recent session; one that no longer exists leaves the list, and the user is told. */
    bool openRecent(const QString& path);
    /** Creates @p target from @p chosen and opens it. Never by deleting what is there: an existing
     *  file (even a dangling link) or the open session is refused. */
    bool create(const Templates::Template& chosen, const QString& target);
    /** Writes a consistent copy of the open session to @p target (never over the session itself);
     *  the session stays open as it is. */
    bool saveCopy(const QString& target);
    /** Before the window closes: when a change never reached the file, asks whether to close anyway
     *  (unless the application quits without asking), then closes the session while there is a
     *  window to say how that went. @return false to keep the window open */
    bool prepareToCloseWindow();

private:
    Document* openSession() const;
    void rememberRecent(const QString& path);
    void refuse(const QString& title, const QString& text);

    Hooks m_hooks;
    bool m_useSettings = true;
};

} // namespace rt
