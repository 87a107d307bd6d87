// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/CountdownWidget.h"

#include <QPainter>

namespace rt {

CountdownWidget::CountdownWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(200, 90);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Time left"));
    m_flashTimer.setInterval(300);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        if (--m_flashTicks <= 0)
            m_flashTimer.stop();
        update();
    });
}

QColor CountdownWidget::colorFor(AgendaTimer::Phase phase)
{
    switch (phase) {
    case AgendaTimer::Phase::Amber:
        return QColor(0xff, 0xb3, 0x1a);
    case AgendaTimer::Phase::Red:
    case AgendaTimer::Phase::Overrun:
        return QColor(0xff, 0x4d, 0x4d);
    case AgendaTimer::Phase::Untimed:
        return QColor(0x9a, 0xa6, 0xb2);
    case AgendaTimer::Phase::Normal:
        break;
    }
    return QColor(0xf4, 0xf6, 0xf8);
}

void CountdownWidget::setState(const QString& text, AgendaTimer::Phase phase, double fractionLeft,
                               bool paused)
{
    if (text == m_text && phase == m_phase && qFuzzyCompare(1.0 + fractionLeft, 1.0 + m_fraction)
        && paused == m_paused)
        return;
    m_text = text;
    m_phase = phase;
    m_fraction = std::clamp(fractionLeft, 0.0, 1.0);
    m_paused = paused;
    // The digits are painted: a screen reader reads the time from the description.
    setAccessibleDescription(paused ? tr("%1, paused").arg(text) : text);
    update();
}

void CountdownWidget::flash()
{
    m_flashTicks = 10;
    m_flashTimer.start();
    update();
}

void CountdownWidget::stopFlash()
{
    m_flashTicks = 0;
    m_flashTimer.stop();
    update();
}

QRect CountdownWidget::digitsRect() const
{
    const int bar = m_showBar ? std::max(6, height() / 24) : 0;
    return rect().adjusted(0, 0, 0, -(bar * 2));
}

int CountdownWidget::digitPixelSize() const
{
    const QRect r = digitsRect();
    // The digits of "00:00" are about 0.62 em wide each (colon 0.35); fit width and height.
    const double ems = 0.62 * double(m_text.size()) + 0.1;
    const int byWidth = int(double(r.width()) * 0.94 / ems);
    const int byHeight = int(double(r.height()) * 0.92);
    return std::max(8, std::min(byWidth, byHeight));
}

void CountdownWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fg = colorFor(m_phase);
    const bool flashOn = m_flashTicks > 0 && (m_flashTicks % 2 == 0);
    if (flashOn)
        p.fillRect(rect(), fg);

    QFont f = font();
    f.setPixelSize(digitPixelSize());
    f.setBold(true);
    f.setStyleHint(QFont::SansSerif);
    p.setFont(f);
    QColor digits = flashOn ? QColor(0x11, 0x16, 0x1d) : fg;
    if (m_paused)
        digits.setAlphaF(0.55f);
    p.setPen(digits);
    p.drawText(digitsRect(), Qt::AlignCenter, m_text);

    if (m_showBar && m_phase != AgendaTimer::Phase::Untimed) {
        const int h = std::max(6, height() / 24);
        const QRect track(width() / 10, height() - h - h / 2, width() * 8 / 10, h);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 40));
        p.drawRoundedRect(track, h / 2.0, h / 2.0);
        QRect done = track;
        done.setWidth(int(track.width() * m_fraction));
        p.setBrush(flashOn ? QColor(0x11, 0x16, 0x1d) : fg);
        if (done.width() > 0)
            p.drawRoundedRect(done, h / 2.0, h / 2.0);
    }
}

} // namespace rt
