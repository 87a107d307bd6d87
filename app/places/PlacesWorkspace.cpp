// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PlacesWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rt {

PlacesWorkspace::PlacesWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Places"), this));
}

QString PlacesWorkspace::title() const
{
    return tr("Places");
}

} // namespace rt
