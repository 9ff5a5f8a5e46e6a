package com.example.unionservice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A host application of the starter's tests, in a package of its own (not UnionKit's): what it declares
 * is the application's, what the starter adds comes from auto-configuration only.
 */
@SpringBootApplication
public class UnionServiceApplication {
}
