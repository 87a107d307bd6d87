// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionSidebar.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace rt {

SessionSidebar::SessionSidebar(QAbstractItemModel* pages, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setFixedWidth(210);
    auto* side = new QVBoxLayout(this);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(0);
    m_eventLabel = new QLabel(this);
    m_eventLabel->setObjectName(QStringLiteral("eventLabel"));
    m_eventLabel->setWordWrap(true);
    m_eventLabel->setContentsMargins(14, 14, 12, 0);
    QFont heading = m_eventLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    heading.setWeight(QFont::DemiBold);
    m_eventLabel->setFont(heading);
    side->addWidget(m_eventLabel);
    m_eventDetails = new QLabel(this);
    m_eventDetails->setObjectName(QStringLiteral("eventDetails"));
    m_eventDetails->setWordWrap(true);
    m_eventDetails->setContentsMargins(14, 2, 12, 4);
    m_eventDetails->setForegroundRole(QPalette::PlaceholderText);
    side->addWidget(m_eventDetails);

    m_navigation = new QListView(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_navigation->setModel(pages);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    // A sidebar look: the window's colour, roomy rows, no focus rectangle. No frame round the
    // list: the colour comes from the palette, not a style-sheet background, which would make
    // the list a styled panel with a dark frame drawn round it all the time.
    QPalette colours = m_navigation->palette();
    colours.setColor(QPalette::Base, colours.color(QPalette::Window));
    m_navigation->setPalette(colours);
    applyStyle(false);
    m_navigation->installEventFilter(this);
    side->addSpacing(8);
    side->addWidget(m_navigation, 1);
}

/** The rows' look; with @p focused, a frame on the current page's row so the keyboard's place
 *  shows without a dotted rectangle. Set on focus changes: a ":focus::item" rule draws its
 *  border round the whole list, focused or not (the testers' permanent black frame). */
void SessionSidebar::applyStyle(bool focused)
{
    QString css
        = QStringLiteral("QListView#navigation { border: none; }"
                         "QListView#navigation::item { padding: 8px 8px; border-radius: 4px; "
                         "margin: 1px 6px; color: palette(window-text); }"
                         "QListView#navigation::item:selected { background: palette(highlight); "
                         "color: palette(highlighted-text); }"
                         "QListView#navigation::item:hover:!selected { background: palette(midlight); }");
    if (focused)
        css += QStringLiteral(
            "QListView#navigation::item:selected { border: 2px solid palette(window-text); }");
    m_navigation->setStyleSheet(css);
}

bool SessionSidebar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_navigation && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        applyStyle(event->type() == QEvent::FocusIn);
    return QWidget::eventFilter(watched, event);
}

void SessionSidebar::setEvent(const QString& name, const QStringList& details)
{
    m_eventLabel->setText(name);
    m_eventDetails->setText(details.join(QLatin1Char('\n')));
    m_eventDetails->setVisible(!details.isEmpty());
}

void SessionSidebar::clear()
{
    m_eventLabel->clear();
    m_eventDetails->clear();
}

} // namespace rt
