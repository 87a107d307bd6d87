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
    if (!cohort.isEmpty()) {
        QString label = QCoreApplication::translate("Places", "Cohort: %1")
                            .arg(gui::BidiStyle::isolate(cohort))
                            .toHtmlEscaped();
        // Kept on one line when short: wrapped right to left, "[گروہ: Young" and "people 16-25]"
        // landed on different lines, each half reading as nonsense.
        if (cohort.size() <= 48)
            label.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        html += QStringLiteral(" &nbsp;<span style='color:%2'>[%1]</span>")
                    .arg(label, QGuiApplication::palette().color(QPalette::Link).name());
    }
    return html;
}

} // namespace rt::placetext
