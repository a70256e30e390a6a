package org.jiannuo.interfaces.web.importing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.jiannuo.application.importing.RosterExport;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.spreadsheet.TableFormat;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The export buttons of the people list and the organization tree: files in the import format,
 * written straight to the response as the rows are read.
 */
@Named
@RequestScoped
public class RosterDownloads {

    @EJB
    private RosterExport export;

    public StreamedContent people(PersonSearch search, String format) {
        TableFormat tableFormat = TableFormat.valueOf(format);
        return file("people", tableFormat).writer(out -> export.people(search, tableFormat, out)).build();
    }

    public StreamedContent units(String format) {
        TableFormat tableFormat = TableFormat.valueOf(format);
        return file("units", tableFormat).writer(out -> export.units(tableFormat, out)).build();
    }

    private static DefaultStreamedContent.Builder file(String name, TableFormat format) {
        return DefaultStreamedContent.builder()
                .name(name + "-" + LocalDate.now() + "." + format.extension())
                .contentType(format.contentType());
    }
}
