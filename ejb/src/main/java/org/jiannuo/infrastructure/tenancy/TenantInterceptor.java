package org.jiannuo.infrastructure.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.application.tenancy.TenantBinding;
import org.jiannuo.application.tenancy.TenantScoped;

@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantInterceptor {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantBinding tenantBinding;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        tenantBinding.bind(currentTenant.code());
        return invocation.proceed();
    }
}
