// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace rt::interchange {

/**
 * Builds a new session file at @p path from interchange JSON. The file is written beside
 * @p path under a temporary name and renamed into place only when complete, so a failure
 * (bad JSON content, disk full, interrupted) never leaves a half-built session behind, and an
 * existing file is never replaced.
 * @return false with @p error: one line naming the file (or the JSON path) and the reason
 */
bool buildSessionFile(const QString& path, const QJsonObject& json, QString* error);

} // namespace rt::interchange
