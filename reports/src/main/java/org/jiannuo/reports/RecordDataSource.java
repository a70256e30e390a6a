package org.jiannuo.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds Java records to a report: a field reads the row's accessor of the same name, so derived
 * values such as totals are computed in Java, not in the template.
 * Rows are pulled one by one, so a stream from the database never has to sit in memory whole.
 */
public final class RecordDataSource implements JRDataSource {

    private final Iterator<? extends Record> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private Record current;

    public RecordDataSource(Iterator<? extends Record> rows) {
        this.rows = rows;
    }

    @Override
    public boolean next() {
        current = rows.hasNext() ? rows.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors.computeIfAbsent(field.getName(), this::accessorOf);
        if (accessor == null) {
            throw new JRException("Row " + current.getClass().getSimpleName() + " has no component " + field.getName());
        }
        try {
            return accessor.invoke(current);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read " + field.getName(), e);
        }
    }

    private Method accessorOf(String name) {
        try {
            return current.getClass().getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
