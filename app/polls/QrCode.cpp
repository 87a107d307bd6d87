// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/QrCode.h"

#include <QPainter>
#include <qrencode.h>

namespace rt::polls {

namespace {
constexpr int Quiet = 4;

/** The modules of @p text: width × width bytes, bit 0 = dark; empty on failure. */
QByteArray modules(const QString& text, int* width)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        *width = 0;
        return {};
    }
    *width = code->width;
    QByteArray out(qsizetype(code->width) * code->width, '\0');
    for (int i = 0; i < out.size(); ++i)
        out[i] = char(code->data[i] & 1);
    QRcode_free(code);
    return out;
}
} // namespace

QImage qrCodeImage(const QString& text, int moduleSize)
{
    int width = 0;
    const QByteArray dark = modules(text, &width);
    if (width == 0)
        return {};
    const int side = (width + 2 * Quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (dark.at(y * width + x))
                p.drawRect((x + Quiet) * moduleSize, (y + Quiet) * moduleSize, moduleSize, moduleSize);
        }
    }
    p.end();
    return image;
}

QString qrCodeText(const QString& text)
{
    int width = 0;
    const QByteArray dark = modules(text, &width);
    if (width == 0)
        return {};
    const int side = width + 2 * Quiet;
    const auto isDark = [&](int x, int y) {
        x -= Quiet;
        y -= Quiet;
        return x >= 0 && y >= 0 && x < width && y < width && dark.at(y * width + x);
    };
    // Black on white set explicitly (ANSI 30/47), so a dark terminal does not invert the code.
    QString out;
    for (int y = 0; y < side; y += 2) {
        out += QStringLiteral("\x1b[30;47m");
        for (int x = 0; x < side; ++x) {
            const bool top = isDark(x, y);
            const bool bottom = y + 1 < side && isDark(x, y + 1);
            out += top && bottom ? QChar(0x2588)
                : top            ? QChar(0x2580)
                : bottom         ? QChar(0x2584)
                                 : QChar(QLatin1Char(' '));
        }
        out += QStringLiteral("\x1b[0m\n");
    }
    return out;
}

QrWidget::QrWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrWidget::setText(const QString& text)
{
    m_text = text;
    m_code = text.isEmpty() ? QImage() : qrCodeImage(text, 1);
    updateGeometry();
    update();
}

int QrWidget::moduleSize() const
{
    if (m_code.isNull())
        return 0;
    return qMin(width(), height()) / m_code.width();
}

QSize QrWidget::sizeHint() const
{
    // About 240 px for a link: scans from a metre or two.
    const int side = m_code.isNull() ? 0 : m_code.width() * 6;
    return {side, side};
}

QSize QrWidget::minimumSizeHint() const
{
    const int side = m_code.isNull() ? 0 : m_code.width() * 3;
    return {side, side};
}

QRect QrWidget::codeRect() const
{
    if (m_code.isNull())
        return {};
    const int side = m_code.width() * qMax(1, moduleSize());
    return {(width() - side) / 2, (height() - side) / 2, side, side};
}

void QrWidget::paintEvent(QPaintEvent*)
{
    if (m_code.isNull())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(codeRect(), m_code);
}

} // namespace rt::polls
