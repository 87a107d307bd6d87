// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rt {

/** Why a session file could not be opened or created; each has its own message. */
struct SessionError
{
    enum Code {
        None,
        Missing, ///< no such file
        NotRegular, ///< a folder, device, pipe or socket, or a link that leads nowhere
        Unreadable, ///< permissions
        Empty, ///< 0 bytes
        NotSQLite, ///< no SQLite header
        Truncated, ///< shorter than its header says
        Corrupt, ///< quick_check failed
        Foreign, ///< another application's SQLite database
        Newer, ///< schema newer than this build
        Locked, ///< another Roundtable is editing it
        ReadOnlyFile, ///< cannot be written; may be opened read-only
        Exists, ///< create: something is already there
        Io, ///< the operating system or SQLite failed
    };
    Code code = None;
    QString message; ///< one line, names the file and the reason
    QString detail; ///< e.g. the lock owner or SQLite's words

    explicit operator bool() const { return code != None; }
};

} // namespace rt
