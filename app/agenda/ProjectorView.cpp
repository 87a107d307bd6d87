// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/ProjectorView.h"

#include "agenda/CountdownWidget.h"
#include "agenda/RunController.h"
#include "models/AgendaModel.h"
#include "store/Columns.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rt {

ProjectorView::ProjectorView(RunController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("projector"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#projector { background: #0b0f14; } QLabel { color: #ffffff; }"
                                 "QLabel#when, QLabel#next { color: #b8c2cc; }"));
    m_row = new QHBoxLayout(this);
    auto* column = new QVBoxLayout;
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("when"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_countdown = new CountdownWidget(this);
    m_countdown->setMinimumSize(120, 60);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_body->setTextFormat(Qt::RichText);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setWordWrap(true); // beside a poll's results a long next title was cut mid-word
    column->addWidget(m_when);
    column->addWidget(m_title);
    column->addWidget(m_countdown, 5);
    column->addWidget(m_body, 3);
    column->addWidget(m_next);
    m_row->addLayout(column, 1);

    connect(controller, &RunController::currentChanged, this, &ProjectorView::refresh);
    connect(controller, &RunController::stateChanged, this, &ProjectorView::refresh);
    connect(controller, &RunController::ticked, this, &ProjectorView::refreshTimer);
    connect(controller, &RunController::endReached, m_countdown, &CountdownWidget::flash);
    connect(controller, &RunController::currentChanged, m_countdown, &CountdownWidget::stopFlash);
    applySizes();
    refresh();
}

void ProjectorView::setSideWidget(QWidget* widget)
{
    if (m_side == widget)
        return;
    delete m_side;
    m_side = widget;
    if (widget)
        m_row->addWidget(widget, 0);
    applySizes();
}

QString ProjectorView::titleText() const
{
    return m_title->text();
}

int ProjectorView::titlePixelSize() const
{
    return m_title->font().pixelSize();
}

void ProjectorView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void ProjectorView::applySizes()
{
    // Everything follows the window's height: at 800 px the title is 60 px and the digits
    // about 250 px; the floors keep a small window legible.
    const int h = std::max(height(), 240);
    auto sized = [](QLabel* label, int px, bool bold) {
        QFont f = label->font();
        f.setPixelSize(px);
        f.setBold(bold);
        label->setFont(f);
    };
    sized(m_when, std::max(14, h * 32 / 1000), true);
    sized(m_body, std::max(14, h * 45 / 1000), false);
    sized(m_next, std::max(12, h * 30 / 1000), false);
    const int margin = std::max(12, h / 25);
    // The title wraps, and steps down in size until it takes no more than a quarter of the
    // screen's height: a long title is read whole, never cut at the top or bottom.
    const double share = m_side ? std::clamp(m_side->property("projectorShare").toDouble(), 0.30, 0.45) : 0.0;
    const int textW
        = std::max(100, width() - (m_side ? std::max(200, int(width() * share)) + margin : 0) - 2 * margin);
    int titlePx = std::max(24, h * 75 / 1000);
    for (; titlePx > 24; titlePx -= 2) {
        QFont f = m_title->font();
        f.setPixelSize(titlePx);
        f.setBold(true);
        if (QFontMetrics(f)
                .boundingRect(QRect(0, 0, textW, 100000), Qt::TextWordWrap, m_title->text())
                .height()
            <= h / 4)
            break;
    }
    sized(m_title, titlePx, true);
    m_row->setContentsMargins(margin, margin * 3 / 4, margin, margin * 3 / 4);
    m_row->setSpacing(margin);
    if (m_side) {
        // A side panel may ask for more of the width (a poll with long option names, which
        // wrap rather than being cut): up to 45%.
        m_side->setFixedWidth(std::max(200, int(width() * share)));
        m_row->activate(); // place it now, not one event later (screenshots grab at once)
    }
}

void ProjectorView::refresh()
{
    const Row item = m_controller->currentItem();
    if (!item.isValid()) {
        m_when->clear();
        m_title->setText(m_controller->items().isEmpty() ? QString() : tr("Welcome"));
        applySizes();
        m_body->clear();
        m_next->clear();
        refreshTimer();
        return;
    }
    const QString kind = item.str(col::Kind);
    m_when->setText(
        tr("%1  ·  %2").arg(RunController::timesOf(item), AgendaModel::kindLabel(kind).toUpper()));
    m_title->setText(item.str(col::Title));
    applySizes();
    QString html;
    const QStringList prompts = kind == QLatin1String("tables") ? m_controller->prompts() : QStringList();
    if (!prompts.isEmpty()) {
        for (int i = 0; i < prompts.size(); ++i)
            html += QStringLiteral("<p style='margin:0 0 0.35em 0'><b>%1.</b>&nbsp;&nbsp;%2</p>")
                        .arg(i + 1)
                        .arg(prompts[i].toHtmlEscaped());
    } else {
        // Only room-facing text: the facilitator's guidance stays in run mode's own pane.
        html = QStringLiteral("<p>%1</p>")
                   .arg(m_controller->roomTextFor(item).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                                QStringLiteral("<br>")));
    }
    m_body->setText(html);
    const Row next = m_controller->nextItem();
    m_next->setText(next.isValid() ? tr("Next: %1  %2").arg(next.str(col::Start), next.str(col::Title))
                                   : QString());
    refreshTimer();
}

void ProjectorView::refreshTimer()
{
    const AgendaTimer& t = m_controller->timer();
    const double fraction = t.totalMs() > 0 ? double(t.remainingMs()) / double(t.totalMs()) : 0.0;
    m_countdown->setState(t.text(), t.phase(), fraction, t.isPaused());
}

} // namespace rt
