# OpenTofu / Terraform configuration of lab 'Mixed Lab', written by Labforge.
# Provider: bpg/proxmox. Put the variables in a *.tfvars file kept out of version control
# (or use PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN), then: tofu init && tofu plan.
# Bridges expected to exist on the Proxmox node already: vmbr0.

terraform {
  required_providers {
    proxmox = {
      source  = "bpg/proxmox"
      version = "< 1.0.0"
    }
  }
}

provider "proxmox" {
  endpoint  = var.proxmox_endpoint
  api_token = var.proxmox_api_token
}

variable "proxmox_endpoint" {
  description = "Proxmox VE API URL, e.g. https://pve.example.net:8006/ (null: PROXMOX_VE_ENDPOINT)"
  type        = string
  default     = null
}

variable "proxmox_api_token" {
  description = "API token USER@REALM!TOKENID=SECRET (null: PROXMOX_VE_API_TOKEN)"
  type        = string
  default     = null
  sensitive   = true
}

variable "node_name" {
  description = "Proxmox node for guests that do not name one"
  type        = string
  default     = "pve1"
}

variable "datastore_id" {
  description = "Storage for disks"
  type        = string
  default     = "fast-ssd"
}

variable "ci_user" {
  description = "Login user cloud-init creates on each VM"
  type        = string
  default     = "labforge"
}

variable "ssh_public_keys" {
  description = "SSH public keys for that user (and root in containers)"
  type        = list(string)
  default     = []
}

resource "proxmox_virtual_environment_pool" "lab" {
  pool_id = "labforge-mixed-lab"
  comment = "labforge: lab=mixed-lab"
}

resource "proxmox_virtual_environment_network_linux_bridge" "pve2_vmbr1" {
  node_name  = "pve2"
  name       = "vmbr1"
  comment    = "labforge: lab=mixed-lab"
  vlan_aware = true
}

resource "proxmox_virtual_environment_network_linux_bridge" "pve2_vmbr2" {
  node_name = "pve2"
  name      = "vmbr2"
  comment   = "labforge: lab=mixed-lab"
}

resource "proxmox_virtual_environment_network_linux_bridge" "vmbr1" {
  node_name  = var.node_name
  name       = "vmbr1"
  comment    = "labforge: lab=mixed-lab"
  vlan_aware = true
}

resource "proxmox_virtual_environment_vm" "fw" {
  name        = "fw"
  description = "labforge: lab=mixed-lab node=fw"
  node_name   = var.node_name
  pool_id     = proxmox_virtual_environment_pool.lab.pool_id
  tags        = ["labforge-mixed-lab"]
  boot_order  = ["scsi0", "ide2"]

  cpu {
    cores = 2
  }

  memory {
    dedicated = 4096
  }

  disk {
    datastore_id = var.datastore_id
    interface    = "scsi0"
    size         = 20
  }

  cdrom {
    file_id   = "local:iso/OPNsense-25.1-dvd-amd64.iso"
    interface = "ide2"
  }

  network_device {
    bridge      = "vmbr0"
    mac_address = "BC:24:11:B8:1A:8D"
    firewall    = false
  }

  network_device {
    bridge      = proxmox_virtual_environment_network_linux_bridge.vmbr1.name
    vlan_id     = 10
    mac_address = "BC:24:11:05:3F:17"
    firewall    = false
  }

  operating_system {
    type = "other"
  }
}

resource "proxmox_virtual_environment_container" "dns" {
  description  = "labforge: lab=mixed-lab node=dns"
  node_name    = var.node_name
  pool_id      = proxmox_virtual_environment_pool.lab.pool_id
  tags         = ["labforge-mixed-lab"]
  unprivileged = true

  cpu {
    cores = 1
  }

  memory {
    dedicated = 512
  }

  disk {
    datastore_id = var.datastore_id
    size         = 4
  }

  features {
    nesting = true
  }

  network_interface {
    name        = "eth0"
    bridge      = proxmox_virtual_environment_network_linux_bridge.vmbr1.name
    vlan_id     = 10
    mac_address = "BC:24:11:E6:DE:B2"
    firewall    = true
  }

  operating_system {
    template_file_id = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
    type             = "debian"
  }

  initialization {
    hostname = "dns"

    dns {
      servers = ["10.0.10.1"]
    }

    ip_config {
      ipv4 {
        address = "10.0.10.53/24"
        gateway = "10.0.10.1"
      }
    }

    user_account {
      keys = var.ssh_public_keys
    }
  }
}

resource "proxmox_virtual_environment_vm" "app" {
  name        = "app"
  description = "labforge: lab=mixed-lab node=app\nServes $${var.x} and %%{if} \"quoted\""
  node_name   = "pve2"
  vm_id       = 321
  pool_id     = proxmox_virtual_environment_pool.lab.pool_id
  tags        = ["labforge-mixed-lab", "prod", "web"]

  clone {
    vm_id        = 9001
    datastore_id = var.datastore_id
    full         = true
  }

  agent {
    enabled = true
  }

  cpu {
    cores = 4
  }

  memory {
    dedicated = 8192
  }

  disk {
    datastore_id = var.datastore_id
    interface    = "scsi0"
    size         = 64
  }

  network_device {
    bridge      = proxmox_virtual_environment_network_linux_bridge.pve2_vmbr1.name
    vlan_id     = 10
    mac_address = "52:54:00:12:34:56"
    firewall    = false
  }

  network_device {
    bridge      = proxmox_virtual_environment_network_linux_bridge.pve2_vmbr2.name
    mac_address = "BC:24:11:B8:2A:09"
    firewall    = true
  }

  operating_system {
    type = "l26"
  }

  initialization {
    datastore_id = var.datastore_id

    dns {
      servers = ["10.0.10.53"]
    }

    ip_config {
      ipv4 {
        address = "10.0.10.20/24"
        gateway = "10.0.10.1"
      }
    }

    ip_config {
      ipv4 {
        address = "dhcp"
      }
    }

    user_account {
      username = var.ci_user
      keys     = var.ssh_public_keys
    }
  }
}

resource "proxmox_virtual_environment_vm" "win" {
  name        = "win"
  description = "labforge: lab=mixed-lab node=win"
  node_name   = var.node_name
  pool_id     = proxmox_virtual_environment_pool.lab.pool_id
  tags        = ["labforge-mixed-lab"]
  boot_order  = ["scsi0", "ide2"]

  cpu {
    cores = 4
  }

  memory {
    dedicated = 8192
  }

  disk {
    datastore_id = var.datastore_id
    interface    = "scsi0"
    size         = 64
  }

  cdrom {
    file_id   = "local:iso/windows-server-2022.iso"
    interface = "ide2"
  }

  network_device {
    bridge      = proxmox_virtual_environment_network_linux_bridge.vmbr1.name
    vlan_id     = 10
    mac_address = "BC:24:11:27:B1:8E"
    firewall    = true
  }

  operating_system {
    type = "win11"
  }
}
