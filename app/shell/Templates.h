// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SessionError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rt {

/** The built-in session templates (the JSON files under :/templates) and making a session file from one. */
class Templates
{
    Q_DECLARE_TR_FUNCTIONS(Templates)
public:
    struct Template
    {
        QString name; ///< file base name, as `roundtable new --template NAME` takes it
        QString title; ///< the event title inside, or a name made from the file name
        QString description; ///< e.g. "8 tables, 4 places, 3 polls"
        QString resource; ///< ":/templates/NAME.json"; empty for the blank session
    };

    /** "Blank session" first, then every built-in template sorted by title. */
    static QList<Template> available();

    /** Creates a new session file at @p target from @p tmpl (nothing is left behind on failure). */
    static SessionError create(const Template& tmpl, const QString& target);
};

} // namespace rt
