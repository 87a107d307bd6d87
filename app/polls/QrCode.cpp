// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/QrCode.h"

#include <QPainter>
#include <qrencode.h>

namespace rt::polls {

QImage qrCodeImage(const QString& text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    constexpr int Quiet = 4;
    const int width = code->width;
    const int side = (width + 2 * Quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each byte: 1 = dark module.
            if (code->data[y * width + x] & 1)
                p.drawRect((x + Quiet) * moduleSize, (y + Quiet) * moduleSize, moduleSize, moduleSize);
        }
    }
    p.end();
    QRcode_free(code);
    return image;
}

} // namespace rt::polls
