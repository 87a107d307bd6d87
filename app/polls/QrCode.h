// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace rt::polls {

/** A QR code of @p text (libqrencode, error correction M) drawn module by module, with the
 *  standard 4-module quiet zone; each module @p moduleSize pixels. Null image on failure. */
QImage qrCodeImage(const QString& text, int moduleSize = 8);

/** The QR code as text art for a terminal: two modules per character cell (upper and lower half
 *  blocks), dark on light whatever the terminal's colours, with the quiet zone. */
QString qrCodeText(const QString& text);

/**
 * A QR code that is always whole: drawn at the largest whole number of pixels per module that
 * fits the widget (never scaled smoothly, never cut off), centred, quiet zone included. Its
 * minimum size keeps three pixels a module, which a phone camera reads from a laptop screen.
 */
class QrWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrWidget(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const { return m_text; }
    /** Pixels per module at the widget's size (0 when empty). */
    int moduleSize() const;
    /** Where the code (quiet zone included) is drawn, in the widget's coordinates. */
    QRect codeRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QImage m_code; ///< one pixel per module, quiet zone included
};

} // namespace rt::polls
