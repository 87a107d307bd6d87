// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgendaTimer.h"

#include <QTimer>
#include <QWidget>

namespace rt {

/**
 * The big countdown: digits drawn as large as the widget allows (so it scales from the laptop
 * to the projector), coloured by phase (amber at 20 % left, red at 5 %, red "+mm:ss" over
 * time), a thin bar of the time left, and a flash when the time runs out.
 */
class CountdownWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CountdownWidget(QWidget* parent = nullptr);

    void setState(const QString& text, AgendaTimer::Phase phase, double fractionLeft, bool paused);
    QString text() const { return m_text; }
    AgendaTimer::Phase phase() const { return m_phase; }
    bool isFlashing() const { return m_flashTicks > 0; }
    /** The pixel height of the digits as last painted (the projector needs >= 120). */
    int digitPixelSize() const;
    void setShowBar(bool show) { m_showBar = show; }

    /** The colour of a phase's digits (also used for the window's edge). */
    static QColor colorFor(AgendaTimer::Phase phase);

public slots:
    /** Flashes for a few seconds: the visual end cue. */
    void flash();
    void stopFlash();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect digitsRect() const;

    QString m_text = QStringLiteral("--:--");
    AgendaTimer::Phase m_phase = AgendaTimer::Phase::Untimed;
    double m_fraction = 1.0;
    bool m_paused = false;
    bool m_showBar = true;
    int m_flashTicks = 0;
    QTimer m_flashTimer;
};

} // namespace rt
