// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PlaceText.h"

#include "shell/BidiStyle.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace rt::placetext {

QString aimLead(const QString& place)
{
    return QCoreApplication::translate("Places", "The partners … will work together within %1 to …")
        .arg(place.isEmpty() ? QCoreApplication::translate("Places", "(unnamed place)")
                             : gui::BidiStyle::isolate(place));
}

QString aimSentenceHtml(const QString& place, const QString& statement, const QString& cohort)
{
    // The lead in italics and the cohort in the palette's link colour: readable on light and dark
    // themes alike (a fixed grey or blue was under 2:1 on a dark window).
    QString html
        = QStringLiteral("<i>%1</i> <b>%2</b>")
              .arg(aimLead(place).toHtmlEscaped(), gui::BidiStyle::isolate(statement).toHtmlEscaped());
    if (!cohort.isEmpty())
        html += QStringLiteral(" &nbsp;<span style='color:%2'>[%1]</span>")
                    .arg(QCoreApplication::translate("Places", "Cohort: %1")
                             .arg(gui::BidiStyle::isolate(cohort))
                             .toHtmlEscaped(),
                         QGuiApplication::palette().color(QPalette::Link).name());
    return html;
}

} // namespace rt::placetext
