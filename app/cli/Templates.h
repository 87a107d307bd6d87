// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rt::cli {

/** A built-in session template: interchange JSON compiled in as :/templates/<name>.json. */
struct Template
{
    QString name;
    QString description; ///< one line, translated
};

/** Every built-in template, the known ones first in a sensible order. */
QList<Template> templates();
/** The template's JSON text; empty when there is no such template. */
QByteArray templateJson(const QString& name);

} // namespace rt::cli
