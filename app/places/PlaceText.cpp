// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PlaceText.h"

#include <QCoreApplication>

namespace rt::placetext {

QString aimLead(const QString& place)
{
    return QCoreApplication::translate("Places", "The partners … will work together within %1 to …")
        .arg(place.isEmpty() ? QCoreApplication::translate("Places", "(unnamed place)") : place);
}

QString aimSentenceHtml(const QString& place, const QString& statement, const QString& cohort)
{
    QString html = QStringLiteral("<span style='color:#555'>%1</span> <b>%2</b>")
                       .arg(aimLead(place).toHtmlEscaped(), statement.toHtmlEscaped());
    if (!cohort.isEmpty())
        html += QStringLiteral(" &nbsp;<span style='color:#1565C0'>[%1]</span>")
                    .arg(QCoreApplication::translate("Places", "Cohort: %1").arg(cohort).toHtmlEscaped());
    return html;
}

} // namespace rt::placetext
