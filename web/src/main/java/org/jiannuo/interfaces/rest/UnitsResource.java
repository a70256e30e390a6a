package org.jiannuo.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.domain.model.organization.OrgUnitType;

/** The organization tree: the same service, scope and rules as the screens. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @EJB
    OrganizationTree tree;

    public record NewUnit(Long parentId, OrgUnitType type, String name) {
    }

    public record Rename(String name) {
    }

    public record Move(long parentId) {
    }

    /** Without {@code parent}: the top of what the caller may see. */
    @GET
    public List<UnitNode> children(@QueryParam("parent") Long parentId) {
        return tree.children(parentId);
    }

    @GET
    @Path("{id}")
    public UnitNode unit(@PathParam("id") long id) {
        return tree.node(id);
    }

    @POST
    public UnitNode create(NewUnit unit) {
        return tree.create(unit.parentId(), unit.type(), unit.name());
    }

    @PUT
    @Path("{id}/name")
    public UnitNode rename(@PathParam("id") long id, Rename rename) {
        return tree.rename(id, rename.name());
    }

    @POST
    @Path("{id}/move")
    public UnitNode move(@PathParam("id") long id, Move move) {
        return tree.move(id, move.parentId());
    }

    @POST
    @Path("{id}/dissolve")
    public UnitNode dissolve(@PathParam("id") long id) {
        return tree.dissolve(id);
    }
}
