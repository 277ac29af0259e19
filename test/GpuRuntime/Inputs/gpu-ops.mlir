// Every gpu dialect runtime op that gpu-to-llvm turns into an mgpu* call
// (besides launches, allocation and copies, which the sparse pipelines make):
// sparse formats, SDDMM, SpGEMM, memset, host registration.
module attributes {gpu.container_module} {
  func.func @sparse(%n: index, %p: memref<?xi32>, %c: memref<?xi32>, %v: memref<?xf32>, %d: memref<?xf32>) {
    %t0 = gpu.wait async
    %a, %t1 = gpu.create_coo async [%t0] %n, %n, %n, %c, %c, %v : memref<?xi32>, memref<?xi32>, memref<?xf32>
    %b, %t2 = gpu.create_csc async [%t1] %n, %n, %n, %p, %c, %v : memref<?xi32>, memref<?xi32>, memref<?xf32>
    %e, %t3 = gpu.create_bsr async [%t2] %n, %n, %n, %n, %n, %p, %c, %v : memref<?xi32>, memref<?xi32>, memref<?xf32>
    %f, %t4 = gpu.create_coo_aos async [%t3] %n, %n, %n, %c, %v : memref<?xi32>, memref<?xf32>
    %dn, %t5 = gpu.create_dn_tensor async [%t4] %d, %n, %n : index, index into memref<?xf32>
    %s, %t6 = gpu.create_csr async [%t5] %n, %n, %n, %p, %c, %v : memref<?xi32>, memref<?xi32>, memref<?xf32>
    %bs, %t7 = gpu.sddmm_buffer_size async [%t6] %dn, %dn, %s into f32
    %t8 = gpu.sddmm async [%t7] %dn, %dn, %s, %d : memref<?xf32> into f32
    %desc, %t9 = gpu.spgemm_create_descr async [%t8]
    %c0 = arith.constant 0 : index
    %sz, %t10 = gpu.spgemm_work_estimation_or_compute async [%t9]{WORK_ESTIMATION} %s{NON_TRANSPOSE}, %s{NON_TRANSPOSE}, %s, %desc, %c0, %d : f32 into memref<?xf32>
    %sz2, %t11 = gpu.spgemm_work_estimation_or_compute async [%t10]{COMPUTE} %s{NON_TRANSPOSE}, %s{NON_TRANSPOSE}, %s, %desc, %c0, %d : f32 into memref<?xf32>
    %r, %cc, %nz, %t12 = gpu.spmat_get_size async [%t11] %s
    %t13 = gpu.set_csr_pointers async [%t12] %s, %p, %c, %v : memref<?xi32>, memref<?xi32>, memref<?xf32>
    %t14 = gpu.spgemm_copy async [%t13] %s, %s, %s, %desc : f32
    %t15 = gpu.spgemm_destroy_descr async [%t14] %desc
    %t16 = gpu.destroy_sp_mat async [%t15] %s
    %t17 = gpu.destroy_dn_tensor async [%t16] %dn
    %i = arith.constant 7 : i32
    %t18 = gpu.memset async [%t17] %c, %i : memref<?xi32>, i32
    gpu.wait [%t18]
    %cast = memref.cast %d : memref<?xf32> to memref<*xf32>
    gpu.host_register %cast : memref<*xf32>
    gpu.host_unregister %cast : memref<*xf32>
    return
  }
}
