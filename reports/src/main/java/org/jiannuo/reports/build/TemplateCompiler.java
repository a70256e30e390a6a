package org.jiannuo.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step, run by Maven in process-classes: compiles every {@code .jrxml} of a folder to
 * {@code .jasper} and copies the shared {@code .jrtx} styles beside them. A broken template
 * fails the build instead of the first report a user asks for.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> listing = Files.list(source)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jrxml")) {
                Path compiled = target.resolve(name.replace(".jrxml", ".jasper"));
                JasperCompileManager.compileReportToFile(file.toString(), compiled.toString());
                System.out.println("Compiled report template " + name);
            } else if (name.endsWith(".jrtx")) {
                Files.copy(file, target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
