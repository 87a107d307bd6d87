// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace rt::polls {

/** A QR code of @p text (libqrencode, error correction M) drawn module by module, with the
 *  standard 4-module quiet zone; each module @p moduleSize pixels. Null image on failure. */
QImage qrCodeImage(const QString& text, int moduleSize = 8);

} // namespace rt::polls
