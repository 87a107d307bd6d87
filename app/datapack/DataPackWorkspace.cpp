// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapack/DataPackWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rt {

DataPackWorkspace::DataPackWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Data pack"), this));
}

QString DataPackWorkspace::title() const
{
    return tr("Data pack");
}

} // namespace rt
