// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/TablesWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rt {

TablesWorkspace::TablesWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tables"), this));
}

QString TablesWorkspace::title() const
{
    return tr("Tables");
}

} // namespace rt
