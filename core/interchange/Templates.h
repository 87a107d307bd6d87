// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SessionError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rt {

/**
 * The built-in session templates: interchange JSON compiled in as :/templates/NAME.json (from
 * resources/templates), listed by `roundtable templates` and the New from Template dialog, and made
 * into new session files by `roundtable new` and the dialog. No widgets, so the command line uses it
 * too; the one list of known templates and their descriptions is here.
 */
class Templates
{
    Q_DECLARE_TR_FUNCTIONS(Templates)
public:
    /** One line of `roundtable templates`. */
    struct Listing
    {
        QString name; ///< file base name, as `roundtable new --template NAME` takes it
        QString summary; ///< what it holds: one line starting in lower case, translated; may be empty
    };

    /** A template as the dialog offers it. */
    struct Template
    {
        QString name; ///< file base name, as `roundtable new --template NAME` takes it
        QString title; ///< the event title inside, or a name made from the file name
        QString description; ///< e.g. "8 tables, 4 places, 3 polls"
        QString resource; ///< ":/templates/NAME.json"; empty for the blank session
    };

    /** Every built-in template: the known ones first in a set order, then any other JSON file
     *  under :/templates (without a summary) by name. */
    static QList<Listing> listing();

    /** The templates of listing(), "Blank session" first, with their titles and descriptions. */
    static QList<Template> available();

    /** The JSON text of template @p name, dated today unless it records a past event (the
     *  sample); empty when there is no such template. */
    static QByteArray json(const QString& name);

    /** Creates a new session file at @p target from @p tmpl (nothing is left behind on failure). */
    static SessionError create(const Template& tmpl, const QString& target);
};

} // namespace rt
